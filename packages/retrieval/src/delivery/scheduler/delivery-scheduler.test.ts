import { ServerKey, type TicketNumber } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { MhbDecryptError } from '../errors.js';
import { resolveRetrievalPolicy } from '../policy.js';
import type { ClassifiedDownload } from '../redeem/classify-download.js';
import type { DownloadedZip, ReadyDelivery } from '../redeem/outcome.js';
import { MemoryTicketStore } from '../store/memory-ticket-store.js';
import { runDeliveries, type SchedulerContext } from './delivery-scheduler.js';
import type { AcknowledgeResult, DeliveriesOptions, DeliverySteps } from './delivery-types.js';

type Reply = 'ready' | 'not-ready' | 'invalid' | 'throw' | 'wrong-key';

/** Scripted steps: each ticket replies with its script in order, then `ready` forever. */
class ScriptedSteps implements DeliverySteps<string> {
  readonly calls: string[] = [];
  active = 0;
  maxActive = 0;
  readonly #scripts: Map<string, Reply[]>;

  constructor(scripts: Record<string, Reply[]> = {}) {
    this.#scripts = new Map(Object.entries(scripts));
  }

  async download(ticket: TicketNumber, signal: AbortSignal): Promise<ClassifiedDownload> {
    const id = ticket.reveal();
    this.calls.push(`download ${id}`);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      signal.throwIfAborted();
      const reply = this.#scripts.get(id)?.shift() ?? 'ready';
      const raw = { source: 'server' as const };
      if (reply === 'throw') throw new Error('connection reset');
      if (reply === 'not-ready') return { status: 'not-ready', retryAt: new Date(Date.now() + 20), raw };
      if (reply === 'invalid') return { status: 'invalid', raw };
      const zip = new TextEncoder().encode(reply === 'wrong-key' ? 'wrong-key' : id);
      return { status: 'ready', download: { zip, serverKey: ServerKey.from('k') }, raw };
    } finally {
      this.active--;
    }
  }

  async open(ticket: TicketNumber, download: DownloadedZip): Promise<ReadyDelivery<string>> {
    const content = new TextDecoder().decode(download.zip);
    if (content === 'wrong-key') throw new MhbDecryptError({ entry: 'a.json', encryption: 'zipcrypto' });
    const zip = {
      sha256: 'sha',
      byteLength: download.zip.byteLength,
      encryption: 'zipcrypto' as const,
      entryName: 'a',
    };
    return {
      ticket,
      phase: 'test',
      serverKey: download.serverKey,
      zip,
      raw: download.zip,
      rawSha256: 'sha',
      file: content,
    };
  }

  async acknowledge(ticket: TicketNumber): Promise<AcknowledgeResult> {
    this.calls.push(`ack ${ticket.reveal()}`);
    return { acknowledged: true, raw: { source: 'server', returnCode: 'G000' } };
  }

  count(prefix: string): number {
    return this.calls.filter((call) => call.startsWith(prefix)).length;
  }
}

function contextFor(steps: ScriptedSteps, store = new MemoryTicketStore('test')): SchedulerContext<string> {
  const policy = resolveRetrievalPolicy({ minFetchIntervalMs: 10, failureRetryAfterMs: 10, maxFailedAttempts: 3 });
  return { phase: 'test', policy, store, steps };
}

async function collect(context: SchedulerContext<string>, options: DeliveriesOptions): Promise<string[]> {
  const files: string[] = [];
  for await (const delivery of runDeliveries(context, options)) files.push(delivery.file);
  return files;
}

describe('runDeliveries', () => {
  it('delivers and acknowledges each ticket', async () => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);

    const files = await collect(context, { tickets: ['t1', 't2', 't3'] });

    expect(files.sort()).toEqual(['t1', 't2', 't3']);
    expect(steps.count('ack')).toBe(3);
    expect((await context.store.list()).map((record) => record.state)).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);
  });

  it('acknowledges only after the body completes', async () => {
    const steps = new ScriptedSteps();
    const acksSeenInBody: number[] = [];

    for await (const _delivery of runDeliveries(contextFor(steps), { tickets: ['t1'] })) {
      acksSeenInBody.push(steps.count('ack'));
    }

    expect(acksSeenInBody).toEqual([0]);
    expect(steps.count('ack')).toBe(1);
  });

  it('does not block ready tickets behind unproduced ones', async () => {
    const steps = new ScriptedSteps({ slow: ['not-ready', 'not-ready'] });

    const files = await collect(contextFor(steps), { tickets: ['slow', 'fast'], concurrency: 1 });

    expect(files).toEqual(['fast', 'slow']);
    expect(steps.count('download slow')).toBe(3);
  });

  it('redelivers after a throw in the body', async () => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);

    const first = (async () => {
      for await (const _delivery of runDeliveries(context, { tickets: ['t1'] })) throw new Error('disk full');
    })();
    await expect(first).rejects.toThrow('disk full');

    expect((await context.store.get('t1'))?.state).toBe('downloaded');
    expect(steps.count('ack')).toBe(0);
    expect(await collect(context, {})).toEqual(['t1']);
    expect(steps.count('ack')).toBe(1);
  });

  it('acknowledges committed tickets on resume without redelivery', async () => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);
    await context.store.put({
      ticket: 't1',
      phase: 'test',
      state: 'committed',
      issuedAt: Date.now(),
      updatedAt: Date.now(),
      attempts: 1,
      nextAttemptAt: 0,
    });

    const files = await collect(context, {});

    expect(files).toEqual([]);
    expect(steps.calls).toEqual(['ack t1']);
  });

  it.each(['produced', 'downloaded'] as const)('redelivers %s tickets on resume', async (state) => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);
    const now = Date.now();
    await context.store.put({
      ticket: 't1',
      phase: 'test',
      state,
      issuedAt: now,
      updatedAt: now,
      attempts: 1,
      nextAttemptAt: 0,
    });

    expect(await collect(context, {})).toEqual(['t1']);
    expect(steps.count('ack')).toBe(1);
  });

  it('keeps a committed delivery after break', async () => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);

    for await (const delivery of runDeliveries(context, { tickets: ['t1', 't2'], concurrency: 1 })) {
      await delivery.commit();
      break;
    }
    await collect(context, {});

    expect(steps.count('ack t1')).toBe(1);
    expect(steps.count('download t1')).toBe(1);
    expect(steps.count('ack t2')).toBe(1);
  });

  it('expires old tickets without a request', async () => {
    const steps = new ScriptedSteps();
    const context = contextFor(steps);

    await collect(context, { tickets: [{ ticket: 'old', issuedAt: Date.now() - 25 * 60 * 60 * 1000 }] });

    expect(steps.calls).toEqual([]);
    expect((await context.store.get('old'))?.lastResult).toBe('expired');
  });

  it('fails invalid tickets without acknowledging', async () => {
    const steps = new ScriptedSteps({ bad: ['invalid'] });
    const context = contextFor(steps);

    await collect(context, { tickets: ['bad'] });

    expect((await context.store.get('bad'))?.state).toBe('failed');
    expect(steps.count('ack')).toBe(0);
  });

  it('fails a wrong key at once', async () => {
    const steps = new ScriptedSteps({ t1: ['wrong-key'] });
    const context = contextFor(steps);

    await collect(context, { tickets: ['t1'] });

    expect((await context.store.get('t1'))?.lastResult).toBe('ZIP_WRONG_PASSWORD');
    expect(steps.count('download')).toBe(1);
  });

  it('retries transport failures', async () => {
    const steps = new ScriptedSteps({ t1: ['throw', 'throw'] });

    expect(await collect(contextFor(steps), { tickets: ['t1'] })).toEqual(['t1']);
    expect(steps.count('download')).toBe(3);
  });

  it('gives up after maxFailedAttempts', async () => {
    const steps = new ScriptedSteps({ t1: ['throw', 'throw', 'throw', 'throw'] });
    const context = contextFor(steps);

    await collect(context, { tickets: ['t1'] });

    expect((await context.store.get('t1'))?.state).toBe('failed');
    expect(steps.count('download')).toBe(3);
  });

  it('keeps the minimum interval per ticket', async () => {
    const steps = new ScriptedSteps({ t1: ['not-ready'] });
    const context = contextFor(steps);
    const times: number[] = [];
    const original = steps.download.bind(steps);
    steps.download = (ticket, signal) => {
      times.push(Date.now());
      return original(ticket, signal);
    };

    await collect(context, { tickets: ['t1'] });

    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(10);
  });

  it('bounds concurrency', async () => {
    const steps = new ScriptedSteps();
    const tickets = Array.from({ length: 40 }, (_, index) => `t${index}`);

    await collect(contextFor(steps), { tickets, concurrency: 3 });

    expect(steps.maxActive).toBeLessThanOrEqual(3);
    expect(steps.count('ack')).toBe(40);
  });

  it('stops on abort', async () => {
    const steps = new ScriptedSteps({ t1: ['not-ready', 'not-ready', 'not-ready'] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped')), 15);

    await expect(collect(contextFor(steps), { tickets: ['t1'], signal: controller.signal })).rejects.toThrow('stopped');
    const calls = steps.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));

    expect(steps.calls.length).toBe(calls);
  });

  it('rejects a store of the other phase', async () => {
    const context = { ...contextFor(new ScriptedSteps()), store: new MemoryTicketStore('production') };

    await expect(collect(context, { tickets: ['t1'] })).rejects.toMatchObject({ code: 'DELIVERY_PHASE_MISMATCH' });
  });

  it('rejects a ticket of the other phase', async () => {
    const context = contextFor(new ScriptedSteps());

    await expect(collect(context, { tickets: [{ ticket: 't1', phase: 'production' }] })).rejects.toMatchObject({
      code: 'DELIVERY_PHASE_MISMATCH',
    });
  });

  it('delivers a repeated ticket once', async () => {
    const steps = new ScriptedSteps();

    expect(await collect(contextFor(steps), { tickets: ['t1', 't1'] })).toEqual(['t1']);
  });

  it('reports progress', async () => {
    const steps = new ScriptedSteps();
    let last: unknown;

    await collect(contextFor(steps), { tickets: ['t1', 't2'], onProgress: (progress) => (last = progress) });

    expect(last).toEqual({ total: 2, requests: 2, bytes: 4, delivered: 2, committed: 2, acknowledged: 2, failed: 0 });
  });
});
