import { errorGuard, MhbError } from './mhb-error.js';

/** Options of {@link MhbConnectionError}. */
export interface MhbConnectionErrorOptions {
  /** The stable error code, `CONNECTION_FAILED`. */
  readonly code: string;
  /** The localized message. */
  readonly message: string;
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;
  /** The network error, with secrets already removed from its message. */
  readonly cause?: unknown;
}

/**
 * Raised when no HTTP response arrived: DNS failure, refused or reset connection, TLS failure. It is thrown after the
 * retry policy gave up. Timeouts and caller aborts have their own classes.
 */
export class MhbConnectionError extends MhbError {
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;

  constructor(options: MhbConnectionErrorOptions) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.operation = options.operation;
    this.requestId = options.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, requestId: this.requestId };
  }
}

/** Tells whether `value` is an {@link MhbConnectionError}, including one from another copy of the package. */
export const isMhbConnectionError = errorGuard<MhbConnectionError>('MhbConnectionError');
