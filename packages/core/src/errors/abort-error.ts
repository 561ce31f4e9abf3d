import { errorGuard, MhbError } from './mhb-error.js';

/** Options of {@link MhbAbortError}. */
export interface MhbAbortErrorOptions {
  /** The stable error code, `ABORTED`. */
  readonly code: string;
  /** The localized message. */
  readonly message: string;
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;
  /** The abort reason of the caller's signal, with secrets already removed. */
  readonly cause?: unknown;
}

/** Raised when the caller's `AbortSignal` fired. The call is not retried. */
export class MhbAbortError extends MhbError {
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id of the call. */
  readonly requestId: string;

  constructor(options: MhbAbortErrorOptions) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.operation = options.operation;
    this.requestId = options.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, requestId: this.requestId };
  }
}

/** Tells whether `value` is an {@link MhbAbortError}, including one from another copy of the package. */
export const isMhbAbortError = errorGuard<MhbAbortError>('MhbAbortError');
