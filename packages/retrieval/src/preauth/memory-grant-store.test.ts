import { describe, expect, it } from 'vitest';
import { checkGrantStore } from './check-grant-store.js';
import { parseGrant } from './grant.js';
import { addGrant, revokeGrant } from './grant-records.js';
import { MemoryGrantStore } from './memory-grant-store.js';

const GRANT = parseGrant({
  id: 'grant-1',
  userId: 'user-1',
  token: 'tok-synthetic-0001',
  phase: 'test',
  scope: { categories: 'all', months: 'all' },
  grantedAt: 0,
  expiresAt: 10_000,
});

describe('MemoryGrantStore', () => {
  it('conforms to GrantStore', async () => {
    const store = new MemoryGrantStore('test');
    expect(await checkGrantStore(() => store, 'test')).toEqual([]);
  });

  it('reports a store that loses records', async () => {
    expect(await checkGrantStore(() => new MemoryGrantStore('test'), 'test')).toContain(
      'a reopened store lost the record',
    );
  });
});

describe('addGrant', () => {
  it('stores an active grant', async () => {
    expect((await addGrant(new MemoryGrantStore('test'), GRANT, 1_000)).state).toBe('active');
  });

  it('stores an ended grant as expired', async () => {
    expect((await addGrant(new MemoryGrantStore('test'), GRANT, 10_000)).state).toBe('expired');
  });

  it('keeps a revoked grant revoked', async () => {
    const store = new MemoryGrantStore('test');
    await addGrant(store, GRANT, 1_000);
    await revokeGrant(store, GRANT.id, 'user', 2_000);
    expect((await addGrant(store, GRANT, 3_000)).state).toBe('revoked');
  });

  it('takes a new token as a new consent', async () => {
    const store = new MemoryGrantStore('test');
    await addGrant(store, GRANT, 1_000);
    await revokeGrant(store, GRANT.id, 'user', 2_000);
    const renewed = parseGrant({ ...GRANT, token: 'tok-synthetic-0002' });
    expect((await addGrant(store, renewed, 3_000)).state).toBe('active');
  });

  it('rejects a grant of the other phase', async () => {
    await expect(addGrant(new MemoryGrantStore('production'), GRANT, 1_000)).rejects.toMatchObject({
      code: 'GRANT_PHASE_MISMATCH',
    });
  });
});

describe('revokeGrant', () => {
  it('records who revoked', async () => {
    const store = new MemoryGrantStore('test');
    await addGrant(store, GRANT, 1_000);
    expect((await revokeGrant(store, GRANT.id, 'nhi', 2_000)).revokedBy).toBe('nhi');
  });

  it('keeps the first revocation', async () => {
    const store = new MemoryGrantStore('test');
    await addGrant(store, GRANT, 1_000);
    await revokeGrant(store, GRANT.id, 'user', 2_000);
    expect((await revokeGrant(store, GRANT.id, 'nhi', 3_000)).revokedAt).toBe(2_000);
  });

  it('rejects an unknown grant', async () => {
    await expect(revokeGrant(new MemoryGrantStore('test'), 'nope', 'user', 1)).rejects.toMatchObject({
      code: 'GRANT_NOT_FOUND',
    });
  });
});
