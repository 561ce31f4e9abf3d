import process from 'node:process';
import { ServerKey, type TicketNumber } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { resolveRetrievalPolicy } from '../policy.js';
import type { ClassifiedDownload } from '../redeem/classify-download.js';
import type { DownloadedZip, ReadyDelivery } from '../redeem/outcome.js';
import { MemoryTicketStore } from '../store/memory-ticket-store.js';
import type { TicketRecord, TicketState } from '../store/ticket-store.js';
import { runDeliveries, type SchedulerContext } from './delivery-scheduler.js';
import type { AcknowledgeResult, DeliveriesOptions, DeliverySteps } from './delivery-types.js';

/** Steps where the tickets in `unproduced` are never produced and every other ticket is ready at once. */
class Steps implements DeliverySteps<string> {
  readonly calls: string[] = [];
  readonly #unproduced: ReadonlySet<string>;
  readonly #retryAfterMs: number;

  constructor(unproduced: readonly string[] = [], retryAfterMs = 5) {
    this.#unproduced = new Set(unproduced);
    this.#retryAfterMs = retryAfterMs;
  }

  async download(ticket: TicketNumber, signal: AbortSignal): Promise<ClassifiedDownload> {
    const id = ticket.reveal();
    this.calls.push(`download ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
    signal.throwIfAborted();
    const raw = { source: 'server' as const };
    if (this.#unproduced.has(id)) {
      return { status: 'not-ready', retryAt: new Date(Date.now() + this.#retryAfterMs), raw };
    }
    return { status: 'ready', download: { zip: new TextEncoder().encode(id), serverKey: ServerKey.from('k') }, raw };
  }

  async open(ticket: TicketNumber, download: DownloadedZip): Promise<ReadyDelivery<string>> {
    const zip = {
      sha256: 'sha',
      byteLength: download.zip.byteLength,
      encryption: 'zipcrypto' as const,
      entryName: 'a',
    };
    const file = new TextDecoder().decode(download.zip);
    return { ticket, phase: 'test', serverKey: download.serverKey, zip, raw: download.zip, rawSha256: 'sha', file };
  }

  async acknowledge(ticket: TicketNumber): Promise<AcknowledgeResult> {
    this.calls.push(`ack ${ticket.reveal()}`);
    return { acknowledged: true, raw: { source: 'server', returnCode: 'G000' } };
  }

  count(prefix: string): number {
    return this.calls.filter((call) => call.startsWith(prefix)).length;
  }
}

function contextFor(steps: Steps, store = new MemoryTicketStore('test')): SchedulerContext<string> {
  const policy = resolveRetrievalPolicy({
    minFetchIntervalMs: 1,
    notReadyRetryAfterMs: 1,
    failureRetryAfterMs: 1,
    maxFailedAttempts: 3,
    maxNotReadyAttempts: 4,
  });
  return { phase: 'test', policy, store, steps };
}

async function collect(context: SchedulerContext<string>, options: DeliveriesOptions): Promise<string[]> {
  const files: string[] = [];
  for await (const delivery of runDeliveries(context, options)) files.push(delivery.file);
  return files;
}

/** Resolves with `'hung'` when `promise` has not settled after `ms`. */
async function within<T>(promise: Promise<T>, ms = 2000): Promise<T | 'hung'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

function timers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

describe('runDeliveries attacks', () => {
  it.each([0, -3, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('concurrency %s still delivers', async (concurrency) => {
    const files = await within(collect(contextFor(new Steps()), { tickets: ['t1', 't2'], concurrency }));

    expect(files).toEqual(expect.arrayContaining(['t1', 't2']));
  });

  it('never-produced ticket stops after maxNotReadyAttempts', async () => {
    const steps = new Steps(['late']);
    const context = contextFor(steps);

    const files = await within(collect(context, { tickets: ['late', 'now'] }));

    expect(files).toEqual(['now']);
    expect(steps.count('download late')).toBe(4);
    expect((await context.store.get('late'))?.state).toBe('failed');
  });

  it('break leaves no timer behind', async () => {
    const steps = new Steps(['late'], 60_000);
    const before = timers();

    for await (const _delivery of runDeliveries(contextFor(steps), { tickets: ['late', 'now'], concurrency: 1 })) {
      break;
    }

    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('abort while polling leaves no timer behind', async () => {
    const steps = new Steps(['late'], 60_000);
    const controller = new AbortController();
    const before = timers();
    setTimeout(() => controller.abort(new Error('stopped')), 20);

    await expect(collect(contextFor(steps), { tickets: ['late'], signal: controller.signal })).rejects.toThrow(
      'stopped',
    );

    expect(timers()).toBeLessThanOrEqual(before);
    expect(steps.count('download late')).toBe(1);
  });

  it('aborted signal sends no request', async () => {
    const steps = new Steps();

    await expect(collect(contextFor(steps), { tickets: ['t1'], signal: AbortSignal.abort() })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(steps.calls).toEqual([]);
  });

  it('throwing body keeps the ticket downloaded', async () => {
    const context = contextFor(new Steps());

    const run = (async () => {
      for await (const _delivery of runDeliveries(context, { tickets: ['t1', 't2'] })) throw new Error('disk full');
    })();

    await expect(run).rejects.toThrow('disk full');
    expect(await context.store.list().then((records) => records.map((record) => record.state))).not.toContain(
      'committed',
    );
  });

  it('failing store during commit ends the loop', async () => {
    const store = new MemoryTicketStore('test');
    const put = store.put.bind(store);
    store.put = async (record: TicketRecord) => {
      if (record.state === 'committed') throw new Error('store offline');
      await put(record);
    };

    const result = await within(collect(contextFor(new Steps(), store), { tickets: ['t1'] }).catch(String));

    expect(result).toBe('Error: store offline');
  });

  it('resumes a store with every state', async () => {
    const store = new MemoryTicketStore('test');
    const states: TicketState[] = ['pending', 'produced', 'downloaded', 'committed', 'acknowledged', 'failed'];
    for (const state of states) {
      await store.put({
        ticket: state,
        phase: 'test',
        state,
        issuedAt: Date.now(),
        updatedAt: 0,
        attempts: 1,
        nextAttemptAt: 0,
      });
    }
    const steps = new Steps();

    const files = await within(collect(contextFor(steps, store), {}));

    expect(files).toEqual(expect.arrayContaining(['pending', 'produced', 'downloaded']));
    expect(files).toHaveLength(3);
    expect(steps.count('download acknowledged') + steps.count('download failed')).toBe(0);
    expect(steps.count('download committed')).toBe(0);
    expect(steps.count('ack committed')).toBe(1);
    expect(steps.count('ack')).toBe(4);
  });

  it('delivers a ticket repeated with whitespace once', async () => {
    const steps = new Steps();

    expect(await within(collect(contextFor(steps), { tickets: ['t1', ' t1 ', 't1\n'] }))).toEqual(['t1']);
  });
});

describe('resolveRetrievalPolicy attacks', () => {
  it.each([
    ['maxNotReadyAttempts', Number.NaN],
    ['maxNotReadyAttempts', 0],
    ['maxFailedAttempts', -1],
    ['minFetchIntervalMs', -60_000],
    ['ticketTtlMs', Number.NaN],
    ['failureRetryAfterMs', '60000'],
  ] as const)('rejects %s = %s', (name, value) => {
    expect(() => resolveRetrievalPolicy({ [name]: value } as never)).toThrow(
      expect.objectContaining({ code: 'CONFIG_NUMBER_INVALID', option: `policy.${name}` }),
    );
  });

  it('accepts zero waits and an endless TTL', () => {
    const policy = resolveRetrievalPolicy({ minFetchIntervalMs: 0, ticketTtlMs: Number.POSITIVE_INFINITY });

    expect(policy.minFetchIntervalMs).toBe(0);
  });
});
