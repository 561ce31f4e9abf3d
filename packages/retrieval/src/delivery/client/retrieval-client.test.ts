import { getActiveResourcesInfo } from 'node:process';
import { isMhbTimeoutError } from '@mhbkit/core';
import { type RunningSandbox, type StartSandboxOptions, startSandbox } from '@mhbkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { SECTION_CODES } from '../../file/index.js';
import { isMhbDecryptError, isMhbZipError } from '../errors.js';
import type { RetrievalPolicy } from '../policy.js';
import { MemoryTicketStore } from '../store/memory-ticket-store.js';
import type { TicketStore } from '../store/ticket-store.js';
import { createRetrievalClient, type RetrievalClientOptions } from './retrieval-client.js';

const FAST_POLICY: RetrievalPolicy = {
  minFetchIntervalMs: 5,
  notReadyRetryAfterMs: 5,
  failureRetryAfterMs: 5,
  rateLimitedRetryAfterMs: 5,
};

let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  sandbox = await startSandbox({ assumptions: { minFetchIntervalMs: 5 }, ...options });
  return sandbox;
}

function clientFor(running: RunningSandbox, options: Partial<RetrievalClientOptions> = {}) {
  return createRetrievalClient({
    apiKey: running.apiKey,
    phase: 'test',
    profile: running.profile,
    allowUnverifiedProfile: true,
    policy: FAST_POLICY,
    sleep: async () => {},
    ...options,
  });
}

function requestsOf(running: RunningSandbox, operation: string) {
  return running.requests.filter((request) => request.operation === operation);
}

describe('redeem against the sandbox', () => {
  it('returns ready with the parsed file', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    const client = clientFor(running);

    const outcome = await client.redeem(issued.ticket);

    expect(outcome.status).toBe('ready');
    if (outcome.status !== 'ready') return;
    expect(outcome.delivery.file.meta.maskedId).toBe(issued.maskedId);
    expect(outcome.delivery.zip.encryption).toBe('zipcrypto');
    expect(outcome.delivery.fileName).toBe(issued.fileName);
    expect(outcome.delivery.phase).toBe('test');
  });

  it('acknowledges on request', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    const client = clientFor(running);
    await client.redeem(issued.ticket);

    const result = await client.acknowledge(issued.ticket);

    expect(result.acknowledged).toBe(true);
    expect((await client.store.get(issued.ticket))?.state).toBe('acknowledged');
    expect(requestsOf(running, 'acknowledge').map((request) => request.result)).toEqual(['acknowledged']);
  });

  it('leaves a failed acknowledgement committed', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    const client = clientFor(running);
    await client.redeem(issued.ticket);
    running.injectFault('acknowledge', { kind: 'connectionReset' }, { times: 1 });

    await expect(client.acknowledge(issued.ticket)).rejects.toThrow();

    expect((await client.store.get(issued.ticket))?.state).toBe('committed');
  });

  it('returns not-ready before production', async () => {
    const running = await start({ readyAfterMs: 60_000 });
    const issued = await running.issueTicket();

    const outcome = await clientFor(running).redeem(issued.ticket);

    expect(outcome.status).toBe('not-ready');
    expect('retryAt' in outcome).toBe(true);
  });

  it('returns rate-limited without a request', async () => {
    const running = await start({ readyAfterMs: 60_000 });
    const issued = await running.issueTicket();
    const client = clientFor(running, { policy: { minFetchIntervalMs: 60_000 } });
    await client.redeem(issued.ticket);

    const outcome = await client.redeem(issued.ticket);

    expect(outcome.status).toBe('rate-limited');
    expect(outcome.raw.source).toBe('local');
    expect(requestsOf(running, 'download')).toHaveLength(1);
  });

  it('expires old tickets locally', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    const issuedAt = Date.now() - 25 * 60 * 60 * 1000;

    const outcome = await clientFor(running).redeem({ ticket: issued.ticket, issuedAt });

    expect(outcome.status).toBe('expired');
    expect(running.requests).toHaveLength(0);
  });

  it('maps a server-side expiry through the policy', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    running.clock.advance(25 * 60 * 60 * 1000);
    const client = clientFor(running, { policy: { ...FAST_POLICY, downloadTypeOutcomes: { '2': 'expired' } } });

    const outcome = await client.redeem(issued.ticket);

    expect(outcome.status).toBe('expired');
    expect(outcome.raw.downloadType).toBe('2');
  });

  it('returns invalid for an unknown ticket', async () => {
    const running = await start();

    const outcome = await clientFor(running).redeem('20260101000000999999999');

    expect(outcome.status).toBe('invalid');
  });

  it('returns key-rejected for a wrong key', async () => {
    const running = await start();
    const issued = await running.issueTicket();

    const outcome = await clientFor(running, { apiKey: 'ffffffffffffffffffffffffffffffff' }).redeem(issued.ticket);

    expect(outcome.status).toBe('key-rejected');
    expect(outcome.raw.returnCode).toBe('G003');
  });

  it.each([
    ['a 503', { kind: 'serverError', status: 503 }],
    ['a connection reset', { kind: 'connectionReset' }],
  ] as const)('retries after %s', async (_name, fault) => {
    const running = await start();
    const issued = await running.issueTicket();
    running.injectFault('download', fault, { times: 1 });

    const outcome = await clientFor(running).redeem(issued.ticket);

    expect(outcome.status).toBe('ready');
    expect(requestsOf(running, 'download')).toHaveLength(2);
  });

  it('times out a stalled body', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    running.injectFault('download', { kind: 'stalledBody', afterBytes: 10 });
    const client = clientFor(running, { timeouts: { headersMs: 1_000, idleMs: 100, totalMs: 2_000 } });

    const error = await client.redeem(issued.ticket).catch((caught: unknown) => caught);

    expect(isMhbTimeoutError(error)).toBe(true);
  });

  it('rejects a corrupt zip', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    running.injectFault('download', { kind: 'corruptZip' });

    const error = await clientFor(running)
      .redeem(issued.ticket)
      .catch((caught: unknown) => caught);

    expect(isMhbZipError(error)).toBe(true);
  });

  it('rejects a wrong server key', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    running.injectFault('download', { kind: 'wrongServerKey' });

    const error = await clientFor(running)
      .redeem(issued.ticket)
      .catch((caught: unknown) => caught);

    expect(isMhbDecryptError(error)).toBe(true);
  });

  it('rejects a ticket of the other phase', async () => {
    const running = await start();

    const error = await clientFor(running)
      .redeem({ ticket: '20260101000000999999999', phase: 'production' })
      .catch((caught: unknown) => caught);

    expect((error as { code: string }).code).toBe('DELIVERY_PHASE_MISMATCH');
  });
});

describe('createRetrievalClient', () => {
  it('rejects a store of the other phase', async () => {
    const running = await start();

    expect(() => clientFor(running, { store: new MemoryTicketStore('production') })).toThrow(
      expect.objectContaining({ code: 'DELIVERY_PHASE_MISMATCH' }),
    );
  });

  it('keeps the zip when asked', async () => {
    const running = await start();
    const issued = await running.issueTicket();

    const outcome = await clientFor(running, { keepZip: true }).redeem(issued.ticket);

    expect(outcome.status === 'ready' ? outcome.delivery.zip.bytes : undefined).toEqual(issued.zip);
  });
});

describe('deliveries against the sandbox', () => {
  it('delivers every ticket once and acknowledges it', async () => {
    const running = await start({ readyAfterMs: 30 });
    const issued = await Promise.all([1, 2, 3].map(() => running.issueTicket()));
    const client = clientFor(running);
    const seen: string[] = [];

    for await (const delivery of client.deliveries({ tickets: issued.map((ticket) => ticket.ticket) })) {
      seen.push(delivery.file.meta.maskedId ?? '');
    }

    expect(seen.sort()).toEqual(issued.map((ticket) => ticket.maskedId).sort());
    expect(requestsOf(running, 'acknowledge').map((request) => request.result)).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);
  });

  it('survives a corrupt zip and a stalled body', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    // Both faults hit the first request; the transport retries the stalled body, and the retry still gets the
    // corrupt zip, which the scheduler retries itself.
    running.injectFault('download', { kind: 'corruptZip' }, { times: 2 });
    running.injectFault('download', { kind: 'stalledBody', afterBytes: 10 }, { times: 1 });
    const lines: string[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      warn: (message: string, fields?: object) => lines.push(`${message} ${JSON.stringify(fields)}`),
      error: () => {},
    };
    const client = clientFor(running, { timeouts: { headersMs: 1_000, idleMs: 100, totalMs: 2_000 }, logger });

    const files = [];
    for await (const delivery of client.deliveries({ tickets: [issued.ticket] })) files.push(delivery.file);

    expect(files).toHaveLength(1);
    expect(lines.some((line) => line.includes('ZIP_CORRUPT'))).toBe(true);
    expect(lines.join('\n')).not.toContain(issued.ticket);
  });

  it('fails a delivery over the response limit', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    const client = clientFor(running, { maxResponseBytes: 1_000, policy: { ...FAST_POLICY, maxFailedAttempts: 2 } });

    for await (const _delivery of client.deliveries({ tickets: [issued.ticket] })) {
      throw new Error('no delivery expected');
    }

    const record = await client.store.get(issued.ticket);
    expect(record?.state).toBe('failed');
    expect(record?.lastResult).toBe('API_BODY_TOO_LARGE');
  });

  it('fails a wrong server key without acknowledging', async () => {
    const running = await start();
    const issued = await running.issueTicket();
    running.injectFault('download', { kind: 'wrongServerKey' });
    const client = clientFor(running);

    for await (const _delivery of client.deliveries({ tickets: [issued.ticket] })) {
      throw new Error('no delivery expected');
    }

    expect((await client.store.get(issued.ticket))?.lastResult).toBe('ZIP_WRONG_PASSWORD');
    expect(requestsOf(running, 'acknowledge')).toHaveLength(0);
  });

  it('resumes after a crash without loss or a second acknowledgement', async () => {
    const running = await start();
    const issued = await Promise.all([1, 2, 3].map(() => running.issueTicket()));
    const tickets = issued.map((ticket) => ticket.ticket);
    const store: TicketStore = new MemoryTicketStore('test');
    const handled: string[] = [];

    // First process: handles one ticket, commits a second whose acknowledgement fails, and crashes on the third.
    running.injectFault('acknowledge', { kind: 'connectionReset' }, { times: 1 });
    const first = clientFor(running, { store });
    const crash = (async () => {
      for await (const delivery of first.deliveries({ tickets, concurrency: 1 })) {
        if (handled.length === 2) throw new Error('process crashed');
        handled.push(delivery.ticket.reveal());
      }
    })();
    await expect(crash).rejects.toThrow('process crashed');

    // Second process: a new client on the same store resumes every unfinished ticket.
    const second = clientFor(running, { store });
    for await (const delivery of second.deliveries()) handled.push(delivery.ticket.reveal());

    expect(handled.sort()).toEqual([...tickets].sort());
    expect((await store.list()).map((record) => record.state)).toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);
    const acknowledged = requestsOf(running, 'acknowledge').filter((request) => request.result === 'acknowledged');
    expect(acknowledged).toHaveLength(3);
    expect(requestsOf(running, 'acknowledge').filter((request) => request.result === 'secondAcknowledge')).toHaveLength(
      0,
    );
  });

  // NOTE: this test takes tens of seconds on a loaded machine, mostly in issuing tickets and in the transport.
  it('redeems 1,000 tickets without leaking handles', async () => {
    const running = await start();
    const issued = [];
    // Small files keep the test about the scheduler: one visit and empty other sections.
    const sections = Object.fromEntries(SECTION_CODES.map((code) => [code, code === 'r1' ? 1 : 'empty']));
    for (let index = 0; index < 1_000; index++)
      issued.push(await running.issueTicket({ file: { visits: 1, sections } }));
    const client = clientFor(running);
    const handlesBefore = getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

    let count = 0;
    for await (const _delivery of client.deliveries({
      tickets: issued.map((ticket) => ticket.ticket),
      concurrency: 16,
    })) {
      count++;
    }

    expect(count).toBe(1_000);
    expect(requestsOf(running, 'acknowledge')).toHaveLength(1_000);
    const handlesAfter = getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    expect(handlesAfter).toBeLessThanOrEqual(handlesBefore);
  }, 180_000);
});
