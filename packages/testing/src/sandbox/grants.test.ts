import { defineEndpointProfile, type EndpointProfile } from '@mhbkit/core';
import {
  createPreauthClient,
  definePreauthProtocol,
  MemoryGrantStore,
  MemoryTicketStore,
  OBSERVED_SDK_PRODUCTION_2019,
  type PreauthClient,
  type PreauthProtocol,
  type PullClock,
  type PullDelivery,
  type PullEvent,
  schedulePulls,
} from '@mhbkit/retrieval';
import { afterEach, describe, expect, it } from 'vitest';
import { withGrants } from './grants.js';
import { sandboxGrantReturnCodes } from './grants-assumptions.js';
import { type RunningSandbox, type StartSandboxOptions, startSandbox } from './node-server.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SMALL_FILE = { visits: 3 };

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

interface Setup {
  readonly profile?: EndpointProfile;
  readonly protocol?: PreauthProtocol;
  readonly sandbox?: StartSandboxOptions;
}

async function startGrantSandbox(setup: Setup = {}) {
  const base = await startSandbox({ seed: 7, ...setup.sandbox, ...(setup.profile ? { profile: setup.profile } : {}) });
  running.push(base);
  return withGrants(base, setup.protocol === undefined ? {} : { protocol: setup.protocol });
}

type GrantSandbox = Awaited<ReturnType<typeof startGrantSandbox>>;

function clientFor(
  sandbox: GrantSandbox,
  stores: { tickets?: MemoryTicketStore; grants?: MemoryGrantStore; now?: () => number } = {},
): PreauthClient {
  const protocol = { ...sandbox.grantProtocol, returnCodes: sandboxGrantReturnCodes(sandbox.grantAssumptions) };
  return createPreauthClient({
    apiKey: sandbox.apiKey,
    phase: 'test',
    profile: sandbox.profile,
    allowUnverifiedProfile: true,
    allowUnverifiedProtocol: true,
    protocol,
    store: stores.tickets ?? new MemoryTicketStore('test'),
    grants: stores.grants ?? new MemoryGrantStore('test'),
    policy: { minFetchIntervalMs: 0 },
    ...(stores.now === undefined ? {} : { now: stores.now }),
  });
}

/**
 * Returns a clock that jumps instead of waiting and moves the sandbox clock with it. A schedule with nothing to
 * fetch never waits on I/O under this clock, so `stopAfterSleeps` aborts it from inside.
 */
function jumpingClock(
  sandbox: GrantSandbox,
  stop?: { readonly stopAfterSleeps: number; readonly controller: AbortController },
): PullClock {
  let sleeps = 0;
  return {
    now: () => sandbox.clock.now(),
    sleep: async (ms, signal) => {
      sleeps += 1;
      if (stop !== undefined && sleeps > stop.stopAfterSleeps) stop.controller.abort();
      signal.throwIfAborted();
      sandbox.clock.advance(ms);
    },
  };
}

function productionResults(sandbox: GrantSandbox): string[] {
  return sandbox.requests.filter((entry) => entry.operation === 'requestProduction').map((entry) => entry.result);
}

describe('requestFile against the sandbox', () => {
  it('requests, delivers and acknowledges a file', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ person: { maskedId: 'Z12345****' }, file: SMALL_FILE });
    await client.addGrant(grant);

    const outcome = await client.requestFile(grant.id);
    expect(outcome.status).toBe('requested');
    if (outcome.status !== 'requested') return;
    expect(outcome.ticket.reveal()).toBe(sandbox.grantTickets(grant.id)[0]);

    const delivered = [];
    for await (const delivery of client.deliveries({ tickets: [outcome.ticket] })) delivered.push(delivery);
    expect(delivered.map((delivery) => delivery.file.meta.maskedId)).toEqual(['Z12345****']);
    expect((await client.store.get(outcome.ticket.reveal()))?.state).toBe('acknowledged');
  });

  it('puts the ticket in the ticket store', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE });
    await client.addGrant(grant);

    const outcome = await client.requestFile(grant.id);
    const ticket = outcome.status === 'requested' ? outcome.ticket.reveal() : '';
    expect((await client.store.get(ticket))?.state).toBe('pending');
  });

  it('rejects a scope outside the grant locally', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ scope: { categories: 'all', months: ['2026-01'] } });
    await client.addGrant(grant);

    const outcome = await client.requestFile(grant.id, { categories: 'all', months: ['2025-12'] });
    expect(outcome).toEqual({ status: 'scope-not-allowed', raw: { source: 'local' } });
    expect(productionResults(sandbox)).toEqual([]);
  });

  it('sends a narrower scope', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ scope: { categories: ['A1', 'B2'], months: ['2026-01', '2026-02'] } });
    await client.addGrant(grant);

    expect((await client.requestFile(grant.id, { categories: ['B2'], months: ['2026-02'] })).status).toBe('requested');
  });

  it('reports a scope NHI refuses', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ scope: { categories: 'all', months: ['2026-01'] } });
    // The app claims a wider scope than the user gave; only the server can tell.
    await client.addGrant({ ...grant, scope: { categories: 'all', months: 'all' } });

    const outcome = await client.requestFile(grant.id);
    expect(outcome.status).toBe('scope-not-allowed');
    expect(outcome.raw.returnCode).toBe('G008');
    expect((await client.grants.get(grant.id))?.state).toBe('active');
  });

  it('stops at the grant end locally', async () => {
    const sandbox = await startGrantSandbox();
    const grant = sandbox.issueGrant({ expiresAt: sandbox.clock.now() + DAY_MS });
    const client = clientFor(sandbox, { now: () => sandbox.clock.now() + 2 * DAY_MS });
    await client.addGrant({ ...grant, expiresAt: sandbox.clock.now() + DAY_MS });

    expect((await client.requestFile(grant.id)).status).toBe('grant-expired');
    expect(productionResults(sandbox)).toEqual([]);
  });

  it('records an expiry NHI reports', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ expiresAt: sandbox.clock.now() + DAY_MS });
    // The app received a later end time than NHI keeps.
    await client.addGrant({ ...grant, expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString() });
    sandbox.clock.advance(2 * DAY_MS);

    expect((await client.requestFile(grant.id)).raw.returnCode).toBe('G006');
    expect((await client.grants.get(grant.id))?.state).toBe('expired');
    expect((await client.requestFile(grant.id)).raw.source).toBe('local');
    expect(productionResults(sandbox)).toEqual(['grantExpired']);
  });

  it('never uses a grant the user revoked', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant();
    await client.addGrant(grant);
    await client.revokeGrant(grant.id);
    await client.addGrant(grant);

    expect((await client.requestFile(grant.id)).status).toBe('grant-revoked');
    expect(productionResults(sandbox)).toEqual([]);
  });

  it('records a revocation NHI reports', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant();
    await client.addGrant(grant);
    sandbox.revokeGrant(grant.id);

    expect((await client.requestFile(grant.id)).status).toBe('grant-revoked');
    expect((await client.grants.get(grant.id))?.revokedBy).toBe('nhi');
  });

  it('reports a rate limit', async () => {
    const base = await startSandbox({ seed: 7 });
    running.push(base);
    const sandbox = withGrants(base, { assumptions: { minRequestIntervalMs: 60_000 } });
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE });
    await client.addGrant(grant);
    await client.requestFile(grant.id);

    const outcome = await createPreauthClient({
      apiKey: sandbox.apiKey,
      phase: 'test',
      profile: sandbox.profile,
      allowUnverifiedProfile: true,
      allowUnverifiedProtocol: true,
      protocol: { ...sandbox.grantProtocol, returnCodes: sandboxGrantReturnCodes(sandbox.grantAssumptions) },
      grants: client.grants,
      retry: { maxRetries: 0 },
    }).requestFile(grant.id);
    expect(outcome.status).toBe('rate-limited');
  });
});

describe('schedulePulls against the sandbox', () => {
  it('pulls every grant each period', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grants = [sandbox.issueGrant({ file: SMALL_FILE }), sandbox.issueGrant({ file: SMALL_FILE })];

    const seen: string[] = [];
    for await (const delivery of schedulePulls(client, { grants, every: DAY_MS, clock: jumpingClock(sandbox) })) {
      seen.push(delivery.grantId);
      if (seen.length === 4) break;
    }
    expect(seen.sort()).toEqual(['sandbox-grant-1', 'sandbox-grant-1', 'sandbox-grant-2', 'sandbox-grant-2']);
    expect(sandbox.requests.filter((entry) => entry.result === 'acknowledged')).toHaveLength(3);
  });

  it('stops pulling a grant revoked mid-schedule', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const kept = sandbox.issueGrant({ file: SMALL_FILE });
    const revoked = sandbox.issueGrant({ file: SMALL_FILE });
    const pulls: PullEvent[] = [];

    const seen: PullDelivery[] = [];
    const schedule = schedulePulls(client, {
      grants: [kept, revoked],
      every: DAY_MS,
      clock: jumpingClock(sandbox),
      random: () => 0,
      onPull: (event) => pulls.push(event),
    });
    for await (const delivery of schedule) {
      seen.push(delivery);
      if (seen.length === 2) sandbox.revokeGrant(revoked.id);
      if (seen.length === 4) break;
    }

    expect(seen.map((delivery) => delivery.grantId)).toContain(revoked.id);
    expect(seen.slice(2).map((delivery) => delivery.grantId)).toEqual([kept.id, kept.id]);
    expect(pulls.filter((event) => event.grantId === revoked.id).map((event) => event.result)).toEqual([
      'requested',
      'grant-revoked',
    ]);
    expect((await client.grants.get(revoked.id))?.revokedBy).toBe('nhi');
  });

  it('skips a grant the user revoked mid-schedule', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE });
    const controller = new AbortController();
    const pulls: PullEvent[] = [];

    const schedule = schedulePulls(client, {
      grants: [grant],
      every: DAY_MS,
      clock: jumpingClock(sandbox, { stopAfterSleeps: 3, controller }),
      signal: controller.signal,
      onPull: (event) => pulls.push(event),
    });
    for await (const _delivery of schedule) await client.revokeGrant(grant.id);
    expect(controller.signal.aborted).toBe(true);
    expect(pulls.map((event) => event.result)).toEqual(['requested']);
    expect((await client.grants.get(grant.id))?.revokedBy).toBe('user');
  });

  it('requests once per user interval', async () => {
    // A clock that stands still between jumps, so the measured gaps are exact.
    const sandbox = await startGrantSandbox({ sandbox: { clock: new Date('2026-12-01T00:00:00Z') } });
    const client = clientFor(sandbox);
    const grants = [
      sandbox.issueGrant({ userId: 'user-a', file: SMALL_FILE }),
      sandbox.issueGrant({ userId: 'user-a', file: SMALL_FILE }),
    ];
    const requestedAt: number[] = [];

    const schedule = schedulePulls(client, {
      grants,
      every: DAY_MS,
      minUserIntervalMs: 2 * DAY_MS,
      clock: jumpingClock(sandbox),
      random: () => 0,
      onPull: () => requestedAt.push(sandbox.clock.now()),
    });
    let count = 0;
    for await (const _delivery of schedule) {
      count += 1;
      if (count === 3) break;
    }
    const gaps = requestedAt.slice(1).map((at, index) => at - (requestedAt[index] ?? 0));
    expect(gaps.every((gap) => gap >= 2 * DAY_MS)).toBe(true);
  });

  it('stops pulling a grant at its end', async () => {
    const sandbox = await startGrantSandbox({ sandbox: { clock: new Date('2026-12-01T00:00:00Z') } });
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE, expiresAt: sandbox.clock.now() + 1.5 * DAY_MS });
    const controller = new AbortController();
    const pulls: PullEvent[] = [];

    const schedule = schedulePulls(client, {
      grants: [grant],
      every: DAY_MS,
      random: () => 0,
      clock: jumpingClock(sandbox, { stopAfterSleeps: 4, controller }),
      signal: controller.signal,
      onPull: (event) => pulls.push(event),
    });
    for await (const _delivery of schedule) {
      // Every delivery is committed when the loop asks for the next one.
    }
    expect(pulls.map((event) => event.result)).toEqual(['requested', 'requested', 'grant-expired']);
    expect(productionResults(sandbox)).toEqual(['requested', 'requested']);
  });

  it('retries a grant after a server error', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE });
    sandbox.injectFault('requestProduction', { kind: 'serverError', status: 500 }, { times: 1 });
    const pulls: PullEvent[] = [];

    const schedule = schedulePulls(client, {
      grants: [grant],
      every: DAY_MS,
      clock: jumpingClock(sandbox),
      onPull: (event) => pulls.push(event),
    });
    for await (const delivery of schedule) {
      expect(delivery.grantId).toBe(grant.id);
      break;
    }
    expect(pulls.map((event) => event.result)).toEqual(['error', 'requested']);
  });

  it('acknowledges a file committed before break', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ file: SMALL_FILE });

    for await (const delivery of schedulePulls(client, {
      grants: [grant],
      every: DAY_MS,
      clock: jumpingClock(sandbox),
    })) {
      await delivery.commit();
      break;
    }
    const acknowledged = sandbox.requests.filter((entry) => entry.result === 'acknowledged');
    expect(acknowledged).toHaveLength(1);
  });

  it('resumes after a restart without losing a file', async () => {
    const sandbox = await startGrantSandbox();
    const stores = { tickets: new MemoryTicketStore('test'), grants: new MemoryGrantStore('test') };
    const grant = sandbox.issueGrant({ file: SMALL_FILE });

    let first: PullDelivery | undefined;
    for await (const delivery of schedulePulls(clientFor(sandbox, stores), {
      grants: [grant],
      every: DAY_MS,
      clock: jumpingClock(sandbox),
    })) {
      first = delivery;
      break; // a crash before the file was stored: no commit
    }

    // The process comes back after NHI's minimum interval between two downloads of one ticket.
    sandbox.clock.advance(sandbox.assumptions.minFetchIntervalMs);
    const restarted = clientFor(sandbox, stores);
    let again: PullDelivery | undefined;
    for await (const delivery of schedulePulls(restarted, { every: DAY_MS, clock: jumpingClock(sandbox) })) {
      again = delivery;
      await delivery.commit();
      break;
    }

    expect(again?.ticket.reveal()).toBe(first?.ticket.reveal());
    expect(again?.zip.sha256).toBe(first?.zip.sha256);
    expect(productionResults(sandbox)).toEqual(['requested']);
    expect((await stores.tickets.get(first?.ticket.reveal() ?? ''))?.state).toBe('acknowledged');
  });

  it('stops on abort', async () => {
    const sandbox = await startGrantSandbox();
    const client = clientFor(sandbox);
    const controller = new AbortController();
    const grant = sandbox.issueGrant({ file: SMALL_FILE });

    const seen: string[] = [];
    const schedule = schedulePulls(client, {
      grants: [grant],
      every: DAY_MS,
      clock: jumpingClock(sandbox),
      signal: controller.signal,
    });
    for await (const delivery of schedule) {
      seen.push(delivery.grantId);
      controller.abort();
    }
    expect(seen).toEqual([grant.id]);
  });
});

describe('a non-default profile', () => {
  const profile = defineEndpointProfile({
    id: 'synthetic-preauth-v2',
    verified: true,
    provenance: 'Synthetic profile for tests: other paths, JSON bodies, the key in a header, other field names.',
    baseUrl: 'https://preauth.example.org',
    operations: {
      download: { path: '/v2/files/download', idempotent: true },
      acknowledge: { path: '/v2/files/acknowledge', idempotent: false },
      produceFile: { path: '/v2/grants/produce', idempotent: false },
    },
    encoding: { type: 'json' },
    apiKey: { in: 'header', header: 'X-Api-Key' },
    requestFields: { ticketNumber: 'ticketId' },
    responseFields: {
      returnCode: 'code',
      message: 'text',
      items: 'data',
      downloadType: 'kind',
      serverKey: 'salt',
      fileName: 'name',
      fileSize: 'size',
      file: 'content',
      ticketNumber: 'ticketRef',
    },
  });
  const protocol = definePreauthProtocol({
    ...OBSERVED_SDK_PRODUCTION_2019,
    id: 'synthetic-preauth-v2',
    operation: 'produceFile',
    requestFields: {
      token: 'consentToken',
      months: 'periods',
      categories: 'kinds',
      allMonths: 'everyPeriod',
      allCategories: 'everyKind',
    },
    monthFormat: 'yyyymm',
    listFormat: 'comma',
    flagValues: { yes: 'true', no: 'false' },
    statusField: 'state',
  });

  it('requests and delivers a file', async () => {
    const sandbox = await startGrantSandbox({ profile, protocol });
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({
      person: { maskedId: 'Z19876****' },
      scope: { categories: ['A1'], months: ['2026-01', '2026-02'] },
      file: SMALL_FILE,
    });
    await client.addGrant(grant);

    const outcome = await client.requestFile(grant.id, { categories: ['A1'], months: ['2026-02'] });
    expect(outcome.status).toBe('requested');

    const masked = [];
    for await (const delivery of client.deliveries()) masked.push(delivery.file.meta.maskedId);
    expect(masked).toEqual(['Z19876****']);
    expect(sandbox.requests.map((entry) => `${entry.operation}:${entry.result}`)).toEqual([
      'produceFile:requested',
      'download:ready',
      'acknowledge:acknowledged',
    ]);
  });

  it('refuses a scope outside the grant', async () => {
    const sandbox = await startGrantSandbox({ profile, protocol });
    const client = clientFor(sandbox);
    const grant = sandbox.issueGrant({ scope: { categories: ['A1'], months: ['2026-01'] } });
    await client.addGrant({ ...grant, scope: { categories: ['A1', 'B2'], months: ['2026-01'] } });

    expect((await client.requestFile(grant.id)).raw.returnCode).toBe('G008');
  });

  it('rejects a profile without the operation', async () => {
    const base = await startSandbox({ seed: 7, profile });
    running.push(base);
    expect(() => withGrants(base)).toThrow(expect.objectContaining({ code: 'PREAUTH_OPERATION_MISSING' }));
  });
});
