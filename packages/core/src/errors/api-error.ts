import type { NhiCode, NhiOutcome } from '../codes/nhi-code.js';
import { errorGuard, MhbError } from './mhb-error.js';

/** The maximum length of {@link MhbApiError.bodyExcerpt}, in characters. */
export const MAX_BODY_EXCERPT_LENGTH = 500;

/** Options of {@link MhbApiError}. */
export interface MhbApiErrorOptions {
  /** The stable error code: `API_HTTP_STATUS`, `API_RETURN_CODE`, `API_BODY_INVALID` or `API_BODY_TOO_LARGE`. */
  readonly code: string;
  /** The localized message. */
  readonly message: string;
  /** The profile operation that was called, e.g. `download`. */
  readonly operation: string;
  /** The request id sent in the request id header. */
  readonly requestId: string;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The NHI return code found in the response envelope, if any. */
  readonly nhiCode?: NhiCode | undefined;
  /** A redacted excerpt of the response body. It is cut to {@link MAX_BODY_EXCERPT_LENGTH} characters. */
  readonly bodyExcerpt?: string | undefined;
  /** The wait the server requested in a `Retry-After` header, in milliseconds. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * Raised when the server responded, but not with a usable result: an HTTP error status after retries, a body that
 * is not JSON or is over the size limit, or an NHI return code the caller treats as a failure.
 *
 * Branch on `outcome` (`keyRejected`, `unavailable`, ...) for NHI codes, and on `status` for HTTP failures.
 */
export class MhbApiError extends MhbError {
  /** The profile operation that was called. */
  readonly operation: string;
  /** The request id, also sent in the request id header and written on every log line of the request. */
  readonly requestId: string;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The NHI return code from the response envelope, or `undefined` when the body carries none. */
  readonly nhiCode: NhiCode | undefined;
  /** The meaning of the NHI return code for the caller, or `undefined` when there is none. */
  readonly outcome: NhiOutcome | undefined;
  /** A redacted excerpt of the response body, at most {@link MAX_BODY_EXCERPT_LENGTH} characters. */
  readonly bodyExcerpt: string | undefined;
  /**
   * The wait the server requested in a `Retry-After` header, in milliseconds, or `undefined` without one. It is set
   * when the transport gave up because the wait exceeded `retry.maxRetryAfterMs`, so the caller can schedule a
   * later call itself.
   */
  readonly retryAfterMs: number | undefined;

  constructor(options: MhbApiErrorOptions) {
    super({ code: options.code, message: options.message });
    this.operation = options.operation;
    this.requestId = options.requestId;
    this.status = options.status;
    this.nhiCode = options.nhiCode;
    this.outcome = options.nhiCode?.outcome;
    this.bodyExcerpt = options.bodyExcerpt?.slice(0, MAX_BODY_EXCERPT_LENGTH);
    this.retryAfterMs = options.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      operation: this.operation,
      requestId: this.requestId,
      status: this.status,
      returnCode: this.nhiCode?.code,
      outcome: this.outcome,
      bodyExcerpt: this.bodyExcerpt,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** Tells whether `value` is an {@link MhbApiError}, including one from another copy of the package. */
export const isMhbApiError = errorGuard<MhbApiError>('MhbApiError');
