import type { Delivery, DeliveryEvent } from '../delivery/scheduler/delivery-types.js';
import type { MedicalFile } from '../file/medical-file.js';
import type { Grant, GrantInput } from './grant.js';
import type { GrantStore } from './grant-store.js';
import type { ProductionRawCodes, ProductionStatus } from './production-outcome.js';

/** Default minimum time between two production requests for one user: 1 hour, an estimate, because NHI's limit is unknown. */
export const DEFAULT_MIN_USER_INTERVAL_MS = 60 * 60 * 1000;

/** Default jitter: up to 10 % of `every` is added to each grant's next pull, so pulls of many grants spread out. */
export const DEFAULT_PULL_JITTER = 0.1;

/** Default number of production requests sent at once. */
export const DEFAULT_PULL_CONCURRENCY = 2;

/** Default wait before a grant is tried again after an error or an unknown outcome: 15 minutes. */
export const DEFAULT_PULL_RETRY_AFTER_MS = 15 * 60 * 1000;

/** The time source of a schedule; tests inject one that moves virtual time instead of waiting. */
export interface PullClock {
  /** Returns the current time in ms since the epoch. */
  now(): number;
  /** Waits `ms` milliseconds, or rejects once `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** One production request of a schedule and its result. */
export interface PullEvent {
  readonly grantId: string;
  /** The outcome status, or `error` when the request failed; `error` then contains the error. */
  readonly result: ProductionStatus | 'error';
  readonly raw?: ProductionRawCodes;
  readonly error?: unknown;
}

/** A delivery of a scheduled pull: a {@link Delivery} plus the grant it was requested under. */
export type PullDelivery = Delivery<MedicalFile> & { readonly grantId: string };

/** Options of {@link schedulePulls}. */
export interface SchedulePullsOptions {
  /** Grants to pull. They are added to the store first. Without them, every grant in the store is pulled. */
  readonly grants?: Iterable<Grant | GrantInput>;
  /** The grant store. @defaultValue the client's grant store */
  readonly store?: GrantStore;
  /** The time between two pulls of one grant, in ms. Required. */
  readonly every: number;
  /** The minimum time between two production requests for one user, in ms. @defaultValue {@link DEFAULT_MIN_USER_INTERVAL_MS} */
  readonly minUserIntervalMs?: number;
  /** The largest random delay added to each next pull, as a fraction of `every` (0 to 1). @defaultValue {@link DEFAULT_PULL_JITTER} */
  readonly jitter?: number;
  /** Production requests sent at once. @defaultValue {@link DEFAULT_PULL_CONCURRENCY} */
  readonly concurrency?: number;
  /** Tickets downloaded at once, passed to `deliveries()`. @defaultValue `deliveries()`' own default */
  readonly deliveryConcurrency?: number;
  /** The wait after an error or an unknown outcome, in ms. @defaultValue {@link DEFAULT_PULL_RETRY_AFTER_MS} */
  readonly retryAfterMs?: number;
  /** Stops the schedule: the iteration ends without an error, and state stays in the stores. */
  readonly signal?: AbortSignal;
  /** The time source. @defaultValue the client's clock and a timer */
  readonly clock?: PullClock;
  /** A random number in [0, 1) for the jitter. @defaultValue `Math.random` */
  readonly random?: () => number;
  /** Called after each production request. */
  readonly onPull?: (event: PullEvent) => void;
  /** Called after each delivery step, as `deliveries()`' `onEvent`. */
  readonly onDeliveryEvent?: (event: DeliveryEvent) => void;
}
