import type { DeliveryPhase } from '../delivery/phase.js';
import type { GrantRecord, GrantStore } from './grant-store.js';

/**
 * Runs the contract checks of {@link GrantStore} against a store implementation, without any test framework.
 *
 * `open` is called once to create an empty store and again to reopen the same storage, which checks that state
 * (revocations included) survives a restart. For an in-memory store, return the same instance both times.
 *
 * @returns the failed checks, each as one sentence; an empty array means the store conforms.
 *
 * @example
 * ```ts
 * it('conforms to GrantStore', async () => {
 *   expect(await checkGrantStore(() => new FileGrantStore(path, 'test'), 'test')).toEqual([]);
 * });
 * ```
 */
export async function checkGrantStore(
  open: () => GrantStore | Promise<GrantStore>,
  phase: DeliveryPhase,
): Promise<string[]> {
  const problems: string[] = [];
  const expect = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };

  const store = await open();
  expect(store.phase === phase, `phase is ${store.phase}, expected ${phase}`);
  expect((await store.list()).length === 0, 'a new store is not empty');
  expect((await store.get('missing-grant')) === undefined, 'get of a missing grant does not return undefined');

  const record: GrantRecord = {
    grantId: 'conformance-grant-0001',
    userId: 'conformance-user',
    token: 'conformance-token',
    phase,
    scope: { categories: ['A1', 'B2'], months: 'all' },
    grantedAt: 1_000,
    expiresAt: 9_000,
    state: 'active',
    updatedAt: 1_000,
    tickets: [],
  };
  await store.put(record);
  expect(sameRecord(await store.get(record.grantId), record), 'get does not return the record put');

  const revoked: GrantRecord = {
    ...record,
    state: 'revoked',
    revokedAt: 2_000,
    revokedBy: 'user',
    lastRequestAt: 1_500,
    tickets: ['conformance-ticket-0001'],
    lastResult: 'requested',
    updatedAt: 2_000,
  };
  await store.put(revoked);
  expect(sameRecord(await store.get(record.grantId), revoked), 'put does not replace the record');
  expect((await store.list()).length === 1, 'put of an existing grant adds a second record');

  const reopened = await open();
  expect(sameRecord(await reopened.get(record.grantId), revoked), 'a reopened store lost the record');

  const returned = await reopened.get(record.grantId);
  if (returned !== undefined) (returned as { state: string }).state = 'active';
  expect((await reopened.get(record.grantId))?.state === 'revoked', 'changing a returned record changes the store');

  await reopened.delete(record.grantId);
  expect((await reopened.get(record.grantId)) === undefined, 'delete does not remove the record');
  await reopened.delete(record.grantId);
  expect((await reopened.list()).length === 0, 'list is not empty after delete');

  return problems;
}

function sameRecord(actual: GrantRecord | undefined, expected: GrantRecord): boolean {
  return actual !== undefined && JSON.stringify(sortKeys(actual)) === JSON.stringify(sortKeys(expected));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]));
}
