import { DEFAULT_MAX_COMPRESSED_BYTES } from './zip/zip-limits.js';

/** An outcome status that a server code can be mapped to. `ready` is not among them: only a file makes it. */
export type MappedStatus = 'not-ready' | 'invalid' | 'expired' | 'rate-limited' | 'key-rejected' | 'unknown';

/** Default minimum time between two download requests for one ticket, in ms. The NHI SDK enforces 60 s (202). */
export const DEFAULT_MIN_FETCH_INTERVAL_MS = 60_000;

/** Default wait after "not produced yet" (download type `3`, SDK code 204), in ms. */
export const DEFAULT_NOT_READY_RETRY_AFTER_MS = 60_000;

/**
 * Default number of "not produced yet" replies before a ticket is given up as failed. At one request a minute this
 * is about two hours. NOTE: NHI has not published how long production takes; this is an estimate.
 */
export const DEFAULT_MAX_NOT_READY_ATTEMPTS = 120;

/** Default ticket lifetime, in ms (24 h): the NHI SDK deletes tickets older than that. Server-side expiry is unknown. */
export const DEFAULT_TICKET_TTL_MS = 24 * 60 * 60 * 1000;

/** Default wait after a rate-limited or busy reply without a `Retry-After` hint, in ms. */
export const DEFAULT_RATE_LIMITED_RETRY_AFTER_MS = 60_000;

/** Default wait after a failed request (network error, timeout, 5xx after the transport's retries), in ms. */
export const DEFAULT_FAILURE_RETRY_AFTER_MS = 60_000;

/** Default number of failed requests for one ticket before it is marked `failed`. */
export const DEFAULT_MAX_FAILED_ATTEMPTS = 5;

/**
 * Default mapping of download types (`oType`) to outcomes, as observed in the 2019 SDK: `3` is "not produced yet"
 * (SDK 204) and `4` is "ticket check failed" (SDK 206). Type `1` means ready and is handled apart. Type `2` (SDK
 * 203) has no documented meaning, so it maps to `unknown`; set it to `expired` if NHI confirms that reading.
 */
export const DEFAULT_DOWNLOAD_TYPE_OUTCOMES: Readonly<Record<string, MappedStatus>> = Object.freeze({
  '3': 'not-ready',
  '4': 'invalid',
});

/**
 * Default mapping of envelope return codes (`RtnCode`) other than success to outcomes: `G003` (no permission, SDK 102
 * "Api_Key 錯誤") rejects the key, and `G099` (server busy) is treated as rate limiting so the ticket is retried later.
 * Every other code maps to `unknown` with the raw code kept.
 */
export const DEFAULT_RETURN_CODE_OUTCOMES: Readonly<Record<string, MappedStatus>> = Object.freeze({
  G003: 'key-rejected',
  G099: 'rate-limited',
});

/**
 * Default mapping of HTTP statuses to outcomes. NOTE: the observed protocol replies with HTTP 200 and a return code;
 * these statuses are an assumption for a back-end interface that NHI has not published.
 */
export const DEFAULT_HTTP_STATUS_OUTCOMES: Readonly<Record<number, MappedStatus>> = Object.freeze({
  401: 'key-rejected',
  403: 'key-rejected',
  404: 'invalid',
  410: 'expired',
  429: 'rate-limited',
});

/**
 * Retrieval timing and mapping rules, as plain data. Every field has a default constant; the defaults are the
 * values observed in the NHI SDK where one exists. The library never sleeps on the caller's behalf in `redeem`:
 * it returns the time of the next allowed attempt instead.
 */
export interface RetrievalPolicy {
  /** Minimum time between two download requests for one ticket, in ms. @defaultValue {@link DEFAULT_MIN_FETCH_INTERVAL_MS} (60 s) */
  readonly minFetchIntervalMs?: number;
  /** Wait after "not produced yet", in ms; never shorter than `minFetchIntervalMs`. @defaultValue {@link DEFAULT_NOT_READY_RETRY_AFTER_MS} (60 s) */
  readonly notReadyRetryAfterMs?: number;
  /** "Not produced yet" replies before a ticket fails. @defaultValue {@link DEFAULT_MAX_NOT_READY_ATTEMPTS} (120) */
  readonly maxNotReadyAttempts?: number;
  /** Ticket lifetime from its issue time, in ms; an older ticket is `expired` without a request. @defaultValue {@link DEFAULT_TICKET_TTL_MS} (24 h) */
  readonly ticketTtlMs?: number;
  /** Wait after a rate-limited reply without a server hint, in ms. @defaultValue {@link DEFAULT_RATE_LIMITED_RETRY_AFTER_MS} (60 s) */
  readonly rateLimitedRetryAfterMs?: number;
  /** Wait after a failed request, in ms. @defaultValue {@link DEFAULT_FAILURE_RETRY_AFTER_MS} (60 s) */
  readonly failureRetryAfterMs?: number;
  /** Failed requests for one ticket before it is marked `failed`. @defaultValue {@link DEFAULT_MAX_FAILED_ATTEMPTS} (5) */
  readonly maxFailedAttempts?: number;
  /** Maximum size of a delivered zip, in bytes, checked on the declared and the decoded size. @defaultValue `DEFAULT_MAX_COMPRESSED_BYTES` (64 MiB) */
  readonly maxZipBytes?: number;
  /** Download type (`oType`) to outcome. @defaultValue {@link DEFAULT_DOWNLOAD_TYPE_OUTCOMES} */
  readonly downloadTypeOutcomes?: Readonly<Record<string, MappedStatus>>;
  /** Return code (`RtnCode`) to outcome. @defaultValue {@link DEFAULT_RETURN_CODE_OUTCOMES} */
  readonly returnCodeOutcomes?: Readonly<Record<string, MappedStatus>>;
  /** HTTP status to outcome. @defaultValue {@link DEFAULT_HTTP_STATUS_OUTCOMES} */
  readonly httpStatusOutcomes?: Readonly<Record<number, MappedStatus>>;
}

/** A policy with every default filled in. */
export type ResolvedRetrievalPolicy = Required<RetrievalPolicy>;

/** Fills in the defaults of a {@link RetrievalPolicy}; `notReadyRetryAfterMs` is raised to `minFetchIntervalMs`. */
export function resolveRetrievalPolicy(policy: RetrievalPolicy = {}): ResolvedRetrievalPolicy {
  const minFetchIntervalMs = policy.minFetchIntervalMs ?? DEFAULT_MIN_FETCH_INTERVAL_MS;
  return {
    minFetchIntervalMs,
    notReadyRetryAfterMs: Math.max(policy.notReadyRetryAfterMs ?? DEFAULT_NOT_READY_RETRY_AFTER_MS, minFetchIntervalMs),
    maxNotReadyAttempts: policy.maxNotReadyAttempts ?? DEFAULT_MAX_NOT_READY_ATTEMPTS,
    ticketTtlMs: policy.ticketTtlMs ?? DEFAULT_TICKET_TTL_MS,
    rateLimitedRetryAfterMs: policy.rateLimitedRetryAfterMs ?? DEFAULT_RATE_LIMITED_RETRY_AFTER_MS,
    failureRetryAfterMs: policy.failureRetryAfterMs ?? DEFAULT_FAILURE_RETRY_AFTER_MS,
    maxFailedAttempts: policy.maxFailedAttempts ?? DEFAULT_MAX_FAILED_ATTEMPTS,
    maxZipBytes: policy.maxZipBytes ?? DEFAULT_MAX_COMPRESSED_BYTES,
    downloadTypeOutcomes: { ...DEFAULT_DOWNLOAD_TYPE_OUTCOMES, ...policy.downloadTypeOutcomes },
    returnCodeOutcomes: { ...DEFAULT_RETURN_CODE_OUTCOMES, ...policy.returnCodeOutcomes },
    httpStatusOutcomes: { ...DEFAULT_HTTP_STATUS_OUTCOMES, ...policy.httpStatusOutcomes },
  };
}
