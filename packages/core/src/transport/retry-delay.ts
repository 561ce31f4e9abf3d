import type { RetryPolicy } from '../config/retry-policy.js';

/**
 * Computes the delay before retry `retryIndex` (0 for the first retry): `min(baseDelayMs × 2ⁿ, maxDelayMs)`, reduced
 * by `jitter × random()` of itself.
 *
 * @returns the delay in whole milliseconds.
 */
export function backoffDelay(policy: RetryPolicy, retryIndex: number, random: () => number): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  return Math.round(exponential * (1 - policy.jitter * random()));
}

const HTTP_DATE_START = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i;

/**
 * Parses a `Retry-After` header value: delay seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`).
 *
 * @param now - the current time in milliseconds since the epoch, for dates.
 * @returns the delay in milliseconds (0 for a date in the past), or `undefined` when the header is missing or invalid.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  // All three HTTP date formats start with the weekday; without that check, Date.parse accepts '-5' or '1.5' as dates.
  if (!HTTP_DATE_START.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
