/**
 * When and how the transport repeats a failed attempt. Every field is plain data, so a policy can be logged,
 * compared and stored.
 *
 * The delay before retry `n` (counting from 0) is `min(baseDelayMs × 2ⁿ, maxDelayMs)`, reduced by a random share of
 * up to `jitter` of itself, so that many clients that failed together do not retry together. A `Retry-After` header
 * on a retryable status replaces the computed delay.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. `0` turns retries off. @defaultValue `2` */
  readonly maxRetries: number;
  /** The delay before the first retry, in milliseconds. @defaultValue `500` */
  readonly baseDelayMs: number;
  /** The cap of the computed delay, in milliseconds. @defaultValue `8000` */
  readonly maxDelayMs: number;
  /** The share of each delay, from 0 to 1, that is randomly removed. @defaultValue `0.25` */
  readonly jitter: number;
  /**
   * The maximum `Retry-After` the transport waits for, in milliseconds. When a server requests a longer wait, the
   * transport gives up at once instead of retrying early. @defaultValue `60000`
   */
  readonly maxRetryAfterMs: number;
  /** The HTTP statuses that are retried. @defaultValue 408, 429 and 500 to 599 */
  readonly retryStatuses: readonly number[];
}

/** The HTTP statuses retried by default: 408 Request Timeout, 429 Too Many Requests and every 5xx status. */
export const DEFAULT_RETRY_STATUSES: readonly number[] = Object.freeze([
  408,
  429,
  ...Array.from({ length: 100 }, (_, index) => 500 + index),
]);

/** The default retry policy: 2 retries, 0.5 s × 2ⁿ capped at 8 s with 25 % jitter, `Retry-After` up to 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  jitter: 0.25,
  maxRetryAfterMs: 60_000,
  retryStatuses: DEFAULT_RETRY_STATUSES,
});
