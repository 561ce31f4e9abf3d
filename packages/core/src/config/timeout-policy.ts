/**
 * The three deadlines of a call. Each one ends the attempt or the call with an {@link MhbTimeoutError} that names it.
 *
 * NOTE: NHI publishes no response times. The 2019 SDK used 3 s per request for its own small messages. The defaults
 * here are wider, because a download response carries the whole zip as Base64.
 */
export interface TimeoutPolicy {
  /** The wait for response headers, per attempt, in milliseconds. @defaultValue `15000` */
  readonly headersMs: number;
  /** The maximum gap between two chunks while a response body is read, in milliseconds. @defaultValue `15000` */
  readonly idleMs: number;
  /** The whole call, all attempts and retry delays included, in milliseconds. @defaultValue `120000` */
  readonly totalMs: number;
}

/** The default deadlines: 15 s for headers, 15 s of body idle time, 120 s in total. */
export const DEFAULT_TIMEOUT_POLICY: TimeoutPolicy = Object.freeze({
  headersMs: 15_000,
  idleMs: 15_000,
  totalMs: 120_000,
});

/**
 * The default maximum response size: 64 MiB.
 *
 * NOTE: an estimate. A medical-class file of several years is a few MiB of JSON before zipping; Base64 adds a third.
 * The limit exists so that a broken or hostile server cannot exhaust memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The default header that carries the request id. */
export const DEFAULT_REQUEST_ID_HEADER = 'X-Request-Id';
