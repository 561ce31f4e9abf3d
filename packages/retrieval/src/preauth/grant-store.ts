import type { DeliveryPhase } from '../delivery/phase.js';
import type { GrantScope } from './grant-scope.js';

/**
 * The stage of a grant:
 *
 * - `active`: files may be requested within its scope until it ends.
 * - `revoked`: the user withdrew it through the app, or NHI refused it as revoked. Final.
 * - `expired`: its end time passed, or NHI refused it as expired. Final.
 */
export type GrantState = 'active' | 'revoked' | 'expired';

/** The party that revoked a grant: the user through the app, or NHI when it refused a production request. */
export type RevokedBy = 'user' | 'nhi';

/** The stored state of one grant. Times are milliseconds since the epoch. */
export interface GrantRecord {
  readonly grantId: string;
  readonly userId: string;
  /** The raw grant token. A store persists it, so protect the store like other credentials. */
  readonly token: string;
  readonly phase: DeliveryPhase;
  readonly scope: GrantScope;
  readonly grantedAt: number;
  readonly expiresAt: number;
  readonly state: GrantState;
  /** When this record last changed. */
  readonly updatedAt: number;
  /** When the grant was revoked, for `revoked` records. */
  readonly revokedAt?: number;
  readonly revokedBy?: RevokedBy;
  /** When the last production request was sent under this grant. */
  readonly lastRequestAt?: number;
  /** The earliest time a scheduled pull requests the next file. */
  readonly nextRequestAt?: number;
  /** Tickets requested under this grant that are not acknowledged or failed yet. */
  readonly tickets: readonly string[];
  /** The last production outcome status or error code, for diagnosis. Never a message or file content. */
  readonly lastResult?: string;
}

/**
 * Persistent grant state, so that a restarted process can tell which grants are revoked or expired and which tickets
 * are still owed.
 *
 * A store belongs to one phase, and a client rejects a store of the other phase. Implementations must make `put`
 * durable before its promise resolves. Run {@link checkGrantStore} in the tests of a new implementation.
 */
export interface GrantStore {
  /** The phase of every grant in this store. */
  readonly phase: DeliveryPhase;
  /** Returns the record of one grant, or `undefined` when the store has none. */
  get(grantId: string): Promise<GrantRecord | undefined>;
  /** Inserts or replaces the record of `record.grantId`. */
  put(record: GrantRecord): Promise<void>;
  /** Returns every record, in any order. */
  list(): Promise<GrantRecord[]>;
  /** Removes the record of one grant; removing a missing grant is not an error. */
  delete(grantId: string): Promise<void>;
}

/** Tells whether no file may ever be requested under a grant in `state`. */
export function isFinalGrantState(state: GrantState): boolean {
  return state !== 'active';
}
