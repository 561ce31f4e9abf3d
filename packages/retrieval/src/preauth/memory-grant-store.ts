import type { DeliveryPhase } from '../delivery/phase.js';
import type { GrantRecord, GrantStore } from './grant-store.js';

/**
 * A {@link GrantStore} kept in memory. It loses everything when the process exits, revocations included, so use it
 * for tests and short jobs; the node package has a file-backed store.
 *
 * @example
 * ```ts
 * const client = createPreauthClient({ ...options, grants: new MemoryGrantStore('test') });
 * ```
 */
export class MemoryGrantStore implements GrantStore {
  readonly phase: DeliveryPhase;
  readonly #records = new Map<string, GrantRecord>();

  constructor(phase: DeliveryPhase) {
    this.phase = phase;
  }

  async get(grantId: string): Promise<GrantRecord | undefined> {
    const record = this.#records.get(grantId);
    return record === undefined ? undefined : copy(record);
  }

  async put(record: GrantRecord): Promise<void> {
    this.#records.set(record.grantId, copy(record));
  }

  async list(): Promise<GrantRecord[]> {
    return [...this.#records.values()].map(copy);
  }

  async delete(grantId: string): Promise<void> {
    this.#records.delete(grantId);
  }
}

function copy(record: GrantRecord): GrantRecord {
  return structuredClone(record);
}
