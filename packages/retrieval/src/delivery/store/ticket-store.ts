import type { DeliveryPhase } from '../phase.js';

/**
 * The stage of a ticket in its life cycle:
 *
 * - `pending`: not downloaded yet (never tried, not produced yet, or a failed request that will be retried).
 * - `produced`: the server returned the file; it is being decrypted and parsed.
 * - `downloaded`: the parsed file was handed to the caller, who has not committed it yet.
 * - `committed`: the caller stored the file; the acknowledgement is still owed.
 * - `acknowledged`: the server confirmed the acknowledgement. Final.
 * - `failed`: given up (invalid, expired, key rejected, or too many attempts). Final.
 *
 * On resume, `produced` and `downloaded` tickets are downloaded and delivered again, and `committed` tickets are
 * acknowledged without calling the handler again.
 */
export type TicketState = 'pending' | 'produced' | 'downloaded' | 'committed' | 'acknowledged' | 'failed';

/** The stored state of one ticket. Times are milliseconds since the epoch. */
export interface TicketRecord {
  /** The raw ticket number. A store persists it, so protect the store like other credentials. */
  readonly ticket: string;
  readonly phase: DeliveryPhase;
  readonly state: TicketState;
  /** When the ticket was issued (or first recorded, when the issue time is unknown); the TTL counts from here. */
  readonly issuedAt: number;
  /** When this record last changed. */
  readonly updatedAt: number;
  /** Download requests sent so far. */
  readonly attempts: number;
  /** Earliest time of the next download request. */
  readonly nextAttemptAt: number;
  /** Failed requests in a row (network errors, unreadable files, rejected acknowledgements). */
  readonly failures?: number;
  /** When the last download request was sent; the minimum interval counts from here. */
  readonly lastFetchAt?: number;
  /** The last outcome status or error code, for diagnosis. Never a message or file content. */
  readonly lastResult?: string;
  /** The SHA-256 of the delivered zip, lowercase hex, once one was downloaded. */
  readonly zipSha256?: string;
}

/**
 * Persistent ticket state, so a restarted process resumes without losing a delivery or acknowledging twice.
 *
 * A store belongs to one phase, and a client rejects a store of the other phase. Implementations must make `put`
 * durable before its promise resolves, because the client relies on a resolved `put` before it acknowledges.
 * Run {@link checkTicketStore} in the tests of a new implementation.
 */
export interface TicketStore {
  /** The phase of every ticket in this store. */
  readonly phase: DeliveryPhase;
  /** Returns the record of one ticket, or `undefined` when the store has none. */
  get(ticket: string): Promise<TicketRecord | undefined>;
  /** Inserts or replaces the record of `record.ticket`. */
  put(record: TicketRecord): Promise<void>;
  /** Returns every record, in any order. */
  list(): Promise<TicketRecord[]>;
  /** Removes the record of one ticket; removing a missing ticket is not an error. */
  delete(ticket: string): Promise<void>;
}

/** States after which nothing more happens to a ticket. */
export const FINAL_TICKET_STATES: readonly TicketState[] = ['acknowledged', 'failed'];

/** Tells whether a ticket in `state` needs no more work. */
export function isFinalTicketState(state: TicketState): boolean {
  return FINAL_TICKET_STATES.includes(state);
}
