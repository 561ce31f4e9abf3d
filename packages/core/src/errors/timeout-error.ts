import { errorGuard, MhbError } from './mhb-error.js';

/**
 * The deadline that fired.
 *
 * - `headers`: no response headers within the per-attempt timeout.
 * - `idle`: the response body stalled for longer than the idle timeout.
 * - `total`: the whole call, retries and waits included, ran out of time.
 */
export type TimeoutDeadline = 'headers' | 'idle' | 'total';

/** Options of {@link MhbTimeoutError}. */
export interface MhbTimeoutErrorOptions {
  /** The stable error code: `TIMEOUT_HEADERS`, `TIMEOUT_IDLE` or `TIMEOUT_TOTAL`. */
  readonly code: string;
  /** The localized message. */
  readonly message: string;
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;
  /** The deadline that fired. */
  readonly deadline: TimeoutDeadline;
  /** The timeout that fired, in milliseconds. */
  readonly timeoutMs: number;
}

/**
 * Raised when one of the three deadlines fired. A `headers` or `idle` timeout is retried like a connection error
 * first, and this error is thrown when the retry policy gives up. A `total` timeout is thrown at once.
 */
export class MhbTimeoutError extends MhbError {
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;
  /** The deadline that fired. */
  readonly deadline: TimeoutDeadline;
  /** The timeout that fired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(options: MhbTimeoutErrorOptions) {
    super({ code: options.code, message: options.message });
    this.operation = options.operation;
    this.requestId = options.requestId;
    this.deadline = options.deadline;
    this.timeoutMs = options.timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      operation: this.operation,
      requestId: this.requestId,
      deadline: this.deadline,
      timeoutMs: this.timeoutMs,
    };
  }
}

/** Tells whether `value` is an {@link MhbTimeoutError}, including one from another copy of the package. */
export const isMhbTimeoutError = errorGuard<MhbTimeoutError>('MhbTimeoutError');
