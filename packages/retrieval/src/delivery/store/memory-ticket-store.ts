import type { DeliveryPhase } from '../phase.js';
import type { TicketRecord, TicketStore } from './ticket-store.js';

/**
 * A {@link TicketStore} kept in memory. It loses everything when the process exits, so use it for tests, short
 * jobs, or behind a persistent store of your own.
 *
 * @example
 * ```ts
 * const store = new MemoryTicketStore('test');
 * for await (const delivery of client.deliveries({ tickets, store })) { ... }
 * ```
 */
export class MemoryTicketStore implements TicketStore {
  readonly phase: DeliveryPhase;
  readonly #records = new Map<string, TicketRecord>();

  constructor(phase: DeliveryPhase) {
    this.phase = phase;
  }

  async get(ticket: string): Promise<TicketRecord | undefined> {
    const record = this.#records.get(ticket);
    return record === undefined ? undefined : { ...record };
  }

  async put(record: TicketRecord): Promise<void> {
    this.#records.set(record.ticket, { ...record });
  }

  async list(): Promise<TicketRecord[]> {
    return [...this.#records.values()].map((record) => ({ ...record }));
  }

  async delete(ticket: string): Promise<void> {
    this.#records.delete(ticket);
  }
}
