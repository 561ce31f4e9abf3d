import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTicketStore, type TicketRecord } from '@mhbkit/retrieval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_SUFFIX } from '../internal/atomic-write.js';
import { FileTicketStore } from './file-ticket-store.js';

let dir: string;
let path: string;

const record: TicketRecord = {
  ticket: 'TICKET-0001',
  phase: 'test',
  state: 'pending',
  issuedAt: 1_000,
  updatedAt: 1_000,
  attempts: 0,
  nextAttemptAt: 1_000,
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mhb-store-'));
  path = join(dir, 'tickets.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileTicketStore', () => {
  it('passes the TicketStore conformance checks', async () => {
    expect(await checkTicketStore(() => new FileTicketStore(path, 'test'), 'test')).toEqual([]);
  });

  it('survives a reopen', async () => {
    await new FileTicketStore(path, 'test').put(record);
    expect(await new FileTicketStore(path, 'test').get(record.ticket)).toEqual(record);
  });

  it('creates the file with mode 0600', async () => {
    await new FileTicketStore(path, 'test').put(record);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('ignores and removes a temporary file left by a crash', async () => {
    await new FileTicketStore(path, 'test').put(record);
    const before = await readFile(path, 'utf8');
    const leftover = join(dir, `.tickets.json.deadbeef0000${TEMP_SUFFIX}`);
    await writeFile(leftover, '{"version":1,"phase":"test","rec');

    const reopened = new FileTicketStore(path, 'test');
    expect(await reopened.list()).toEqual([record]);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['tickets.json']);
  });

  it('keeps order under concurrent puts', async () => {
    const store = new FileTicketStore(path, 'test');
    await Promise.all(
      Array.from({ length: 20 }, (_, attempts) => store.put({ ...record, ticket: `T-${attempts}`, attempts })),
    );
    expect(await new FileTicketStore(path, 'test').list()).toHaveLength(20);
  });

  it('rejects a file of the other phase', async () => {
    await new FileTicketStore(path, 'production').put({ ...record, phase: 'production' });
    await expect(new FileTicketStore(path, 'test').list()).rejects.toMatchObject({
      code: 'NODE_STORE_PHASE_MISMATCH',
    });
  });

  it.each([
    ['truncated JSON', '{"version":1,"pha'],
    ['another version', '{"version":2,"phase":"test","records":{}}'],
    ['no records', '{"version":1,"phase":"test"}'],
    ['not an object', '42'],
  ])('rejects a corrupt file: %s', async (_case, text) => {
    await writeFile(path, text);
    await expect(new FileTicketStore(path, 'test').get('x')).rejects.toMatchObject({ code: 'NODE_STORE_CORRUPT' });
  });

  it('keeps its state when a write fails', async () => {
    const store = new FileTicketStore(join(dir, 'missing', 'tickets.json'), 'test');
    await expect(store.put(record)).rejects.toMatchObject({ code: 'NODE_FILE_WRITE_FAILED' });
    expect(await store.list()).toEqual([]);
  });

  it('writes messages in English on request', async () => {
    await writeFile(path, 'nope');
    await expect(new FileTicketStore(path, 'test', { locale: 'en' }).list()).rejects.toThrow(/not a valid mhbkit/);
  });
});
