import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkGrantStore,
  createPreauthClient,
  type GrantRecord,
  type PullClock,
  type PullDelivery,
  schedulePulls,
} from '@mhbkit/retrieval';
import { sandboxGrantReturnCodes, startSandbox, withGrants } from '@mhbkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileGrantStore } from './grant-store-file.js';
import { TEMP_SUFFIX } from './internal/atomic-write.js';
import { FileTicketStore } from './store/file-ticket-store.js';

let dir: string;
let path: string;

const record: GrantRecord = {
  grantId: 'grant-0001',
  userId: 'user-0001',
  token: 'tok-synthetic-0001',
  phase: 'test',
  scope: { categories: ['A1'], months: ['2026-01'] },
  grantedAt: 1_000,
  expiresAt: 9_000,
  state: 'active',
  updatedAt: 1_000,
  tickets: [],
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mhb-grants-'));
  path = join(dir, 'grants.json');
});

describe('FileGrantStore', () => {
  it('passes the GrantStore conformance checks', async () => {
    expect(await checkGrantStore(() => new FileGrantStore(path, 'test'), 'test')).toEqual([]);
  });

  it('keeps a revocation across a reopen', async () => {
    await new FileGrantStore(path, 'test').put({ ...record, state: 'revoked', revokedAt: 2_000, revokedBy: 'user' });
    expect((await new FileGrantStore(path, 'test').get(record.grantId))?.state).toBe('revoked');
  });

  it('creates the file with mode 0600', async () => {
    await new FileGrantStore(path, 'test').put(record);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('ignores and removes a temporary file left by a crash', async () => {
    await new FileGrantStore(path, 'test').put(record);
    await writeFile(join(dir, `.grants.json.0123456789ab${TEMP_SUFFIX}`), '{"version":1,"gra');

    expect(await new FileGrantStore(path, 'test').list()).toEqual([record]);
    expect(await readdir(dir)).toEqual(['grants.json']);
  });

  it('keeps every record under concurrent puts', async () => {
    const store = new FileGrantStore(path, 'test');
    await Promise.all(Array.from({ length: 20 }, (_, n) => store.put({ ...record, grantId: `grant-${n}` })));
    expect(await new FileGrantStore(path, 'test').list()).toHaveLength(20);
  });

  it('rejects a file of the other phase', async () => {
    await new FileGrantStore(path, 'production').put({ ...record, phase: 'production' });
    await expect(new FileGrantStore(path, 'test').list()).rejects.toMatchObject({ code: 'GRANT_PHASE_MISMATCH' });
  });

  it.each([
    ['truncated JSON', '{"version":1,"pha'],
    ['another version', '{"version":2,"phase":"test","grants":{}}'],
    ['no grants', '{"version":1,"phase":"test"}'],
    ['not an object', '42'],
    ['an incomplete record', '{"version":1,"phase":"test","grants":{"g":{"grantId":"g","state":"active"}}}'],
    [
      'an unknown state',
      '{"version":1,"phase":"test","grants":{"g":{"grantId":"g","token":"t","state":"paused","tickets":[]}}}',
    ],
  ])('rejects a corrupt file: %s', async (_case, text) => {
    await writeFile(path, text);
    await expect(new FileGrantStore(path, 'test').get('g')).rejects.toMatchObject({ code: 'GRANT_STORE_CORRUPT' });
  });

  it('reads the file again after it was fixed', async () => {
    await writeFile(path, 'nope');
    const store = new FileGrantStore(path, 'test');
    await expect(store.list()).rejects.toMatchObject({ code: 'GRANT_STORE_CORRUPT' });
    await writeFile(path, '{"version":1,"phase":"test","grants":{}}');
    expect(await store.list()).toEqual([]);
  });

  it('keeps its state when a write fails', async () => {
    const store = new FileGrantStore(join(dir, 'missing', 'grants.json'), 'test');
    await expect(store.put(record)).rejects.toMatchObject({ code: 'NODE_FILE_WRITE_FAILED' });
    expect(await store.list()).toEqual([]);
  });

  it('never leaves a partial file', async () => {
    const store = new FileGrantStore(path, 'test');
    await store.put(record);
    await store.put({ ...record, tickets: ['20260101000000123456789'] });
    expect(JSON.parse(await readFile(path, 'utf8')).grants['grant-0001'].tickets).toHaveLength(1);
  });

  it('writes messages in English on request', async () => {
    await writeFile(path, 'nope');
    await expect(new FileGrantStore(path, 'test', { locale: 'en' }).list()).rejects.toThrow(/not a valid mhbkit grant/);
  });
});

describe('FileGrantStore with a scheduled pull', () => {
  it('redelivers an uncommitted file after a restart', async () => {
    const sandbox = withGrants(await startSandbox({ seed: 11 }));
    try {
      const grant = sandbox.issueGrant({ file: { visits: 2 } });
      const clock: PullClock = { now: () => sandbox.clock.now(), sleep: async (ms) => sandbox.clock.advance(ms) };
      const open = () =>
        createPreauthClient({
          apiKey: sandbox.apiKey,
          phase: 'test',
          profile: sandbox.profile,
          allowUnverifiedProfile: true,
          allowUnverifiedProtocol: true,
          protocol: { ...sandbox.grantProtocol, returnCodes: sandboxGrantReturnCodes(sandbox.grantAssumptions) },
          store: new FileTicketStore(join(dir, 'tickets.json'), 'test'),
          grants: new FileGrantStore(path, 'test'),
          // The client's own fetch interval runs on the real clock, which this test does not move.
          policy: { minFetchIntervalMs: 0 },
        });

      let first: PullDelivery | undefined;
      for await (const delivery of schedulePulls(open(), { grants: [grant], every: 86_400_000, clock })) {
        first = delivery;
        break; // the process dies before the file is stored
      }
      sandbox.clock.advance(sandbox.assumptions.minFetchIntervalMs);

      const restarted = open();
      for await (const delivery of schedulePulls(restarted, { every: 86_400_000, clock })) {
        expect(delivery.zip.sha256).toBe(first?.zip.sha256);
        await delivery.commit();
        break;
      }
      expect((await restarted.store.get(first?.ticket.reveal() ?? ''))?.state).toBe('acknowledged');
      expect(sandbox.requests.filter((entry) => entry.operation === 'requestProduction')).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });
});
