import { CORE_MESSAGES, formatMessage, type Locale, MhbConfigError, type NhiOutcome } from '@mhbkit/core';
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
 * The outcome status for each meaning in core's NHI code tables (`RETURN_CODES`, `DOWNLOAD_TYPES`). The tables say,
 * for instance, that `oType` `3` is `notReady` and `RtnCode` `G003` is `keyRejected`. A busy, timed-out or
 * too-soon reply counts as rate limiting so the ticket is retried later. Download type `2` has no documented
 * meaning and stays `unknown`; map it with `downloadTypeOutcomes: { '2': 'expired' }` if NHI confirms that reading.
 */
export const NHI_OUTCOME_STATUSES: Readonly<Record<NhiOutcome, MappedStatus>> = Object.freeze({
  success: 'unknown',
  ready: 'unknown',
  notReady: 'not-ready',
  tooSoon: 'rate-limited',
  unavailable: 'rate-limited',
  serverTimeout: 'rate-limited',
  ticketMissing: 'invalid',
  ticketRejected: 'invalid',
  keyRejected: 'key-rejected',
  versionUnsupported: 'unknown',
  requestInvalid: 'unknown',
  dataError: 'unknown',
  deviceUnsupported: 'unknown',
  tooManyTickets: 'unknown',
  storageFull: 'unknown',
  noNetwork: 'unknown',
  unknown: 'unknown',
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
  /** Download types (`oType`) whose outcome overrides core's table. @defaultValue `{}` (use {@link NHI_OUTCOME_STATUSES}) */
  readonly downloadTypeOutcomes?: Readonly<Record<string, MappedStatus>>;
  /** Return codes (`RtnCode`) whose outcome overrides core's table. @defaultValue `{}` (use {@link NHI_OUTCOME_STATUSES}) */
  readonly returnCodeOutcomes?: Readonly<Record<string, MappedStatus>>;
  /** HTTP status to outcome. @defaultValue {@link DEFAULT_HTTP_STATUS_OUTCOMES} */
  readonly httpStatusOutcomes?: Readonly<Record<number, MappedStatus>>;
}

/** A policy with every default filled in. */
export type ResolvedRetrievalPolicy = Required<RetrievalPolicy>;

/** The smallest value of each numeric policy field: times may be 0, counts and sizes must be at least 1. */
const POLICY_MINIMUMS = {
  minFetchIntervalMs: 0,
  notReadyRetryAfterMs: 0,
  maxNotReadyAttempts: 1,
  ticketTtlMs: 0,
  rateLimitedRetryAfterMs: 0,
  failureRetryAfterMs: 0,
  maxFailedAttempts: 1,
  maxZipBytes: 1,
} as const;

/**
 * Fills in the defaults of a {@link RetrievalPolicy}; `notReadyRetryAfterMs` is raised to `minFetchIntervalMs`.
 *
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws An {@link MhbConfigError} `CONFIG_NUMBER_INVALID` when a numeric field is not a number, is `NaN` or is
 *   below its minimum (0 for times, 1 for counts and sizes). `NaN` would otherwise turn every comparison false, so
 *   that a ticket that is never produced is polled until it expires.
 */
export function resolveRetrievalPolicy(policy: RetrievalPolicy = {}, locale?: Locale): ResolvedRetrievalPolicy {
  for (const [name, min] of Object.entries(POLICY_MINIMUMS)) {
    const value: unknown = policy[name as keyof typeof POLICY_MINIMUMS];
    if (value === undefined || (typeof value === 'number' && value >= min)) continue;
    const option = `policy.${name}`;
    const params = { option, min, max: 'Infinity', value: String(value).slice(0, 16) };
    const message = formatMessage(CORE_MESSAGES, 'CONFIG_NUMBER_INVALID', locale, params);
    throw new MhbConfigError({ code: 'CONFIG_NUMBER_INVALID', option, message });
  }

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
    downloadTypeOutcomes: { ...policy.downloadTypeOutcomes },
    returnCodeOutcomes: { ...policy.returnCodeOutcomes },
    httpStatusOutcomes: { ...DEFAULT_HTTP_STATUS_OUTCOMES, ...policy.httpStatusOutcomes },
  };
}
