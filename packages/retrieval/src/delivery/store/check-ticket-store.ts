import type { DeliveryPhase } from '../phase.js';
import type { TicketRecord, TicketStore } from './ticket-store.js';

/**
 * Runs the contract checks of {@link TicketStore} against a store implementation, without any test framework.
 *
 * `open` is called once to create an empty store and again to reopen the same storage, which checks that state
 * survives a restart. For an in-memory store, return the same instance both times.
 *
 * @returns the failed checks, each as one sentence; an empty array means the store conforms.
 *
 * @example
 * ```ts
 * it('conforms to TicketStore', async () => {
 *   expect(await checkTicketStore(() => new FileTicketStore(dir, 'test'), 'test')).toEqual([]);
 * });
 * ```
 */
export async function checkTicketStore(
  open: () => TicketStore | Promise<TicketStore>,
  phase: DeliveryPhase,
): Promise<string[]> {
  const problems: string[] = [];
  const expect = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };

  const store = await open();
  expect(store.phase === phase, `phase is ${store.phase}, expected ${phase}`);
  expect((await store.list()).length === 0, 'a new store is not empty');
  expect((await store.get('missing-ticket')) === undefined, 'get of a missing ticket does not return undefined');

  const record: TicketRecord = {
    ticket: 'conformance-ticket-0001',
    phase,
    state: 'pending',
    issuedAt: 1_000,
    updatedAt: 1_000,
    attempts: 0,
    nextAttemptAt: 1_000,
  };
  await store.put(record);
  expect(sameRecord(await store.get(record.ticket), record), 'get does not return the record put');

  const committed: TicketRecord = { ...record, state: 'committed', attempts: 2, lastFetchAt: 2_000, zipSha256: 'ab' };
  await store.put(committed);
  expect(sameRecord(await store.get(record.ticket), committed), 'put does not replace the record');
  expect((await store.list()).length === 1, 'put of an existing ticket adds a second record');

  const reopened = await open();
  expect(sameRecord(await reopened.get(record.ticket), committed), 'a reopened store lost the record');

  const returned = await reopened.get(record.ticket);
  if (returned !== undefined) (returned as { state: string }).state = 'failed';
  expect((await reopened.get(record.ticket))?.state === 'committed', 'changing a returned record changes the store');

  await reopened.delete(record.ticket);
  expect((await reopened.get(record.ticket)) === undefined, 'delete does not remove the record');
  await reopened.delete(record.ticket);
  expect((await reopened.list()).length === 0, 'list is not empty after delete');

  return problems;
}

function sameRecord(actual: TicketRecord | undefined, expected: TicketRecord): boolean {
  if (actual === undefined) return false;
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].every((key) => actual[key as keyof TicketRecord] === expected[key as keyof TicketRecord]);
}
