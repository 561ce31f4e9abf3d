import { configError, isMhbConfigError, MhbConfigError } from '../errors/config-error.js';
import { DEFAULT_LOCALE, type Locale, resolveLocale } from '../i18n/locale.js';
import { checkBaseUrl } from '../internal/base-url.js';
import { type Logger, noopLogger } from '../logging/logger.js';
import { createRedactingLogger } from '../logging/redacting-logger.js';
import { defineEndpointProfile } from '../profiles/define-endpoint-profile.js';
import type { EndpointProfile } from '../profiles/endpoint-profile.js';
import { ApiKey } from '../secrets/api-key.js';
import { redact } from '../secrets/redact.js';
import { type ClientConfig, type ClientOptions, PHASES, type Phase } from './client-options.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { defaultSleep } from './sleep.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADER,
  DEFAULT_TIMEOUT_POLICY,
  type TimeoutPolicy,
} from './timeout-policy.js';

const KNOWN_OPTIONS = new Set<string>([
  'apiKey',
  'phase',
  'profile',
  'baseUrl',
  'allowUnverifiedProfile',
  'fetch',
  'timeouts',
  'retry',
  'maxResponseBytes',
  'requestIdHeader',
  'locale',
  'logger',
  'sleep',
  'random',
]);

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

// Upper bounds that catch unit mistakes (seconds passed as milliseconds the other way round, minutes as ms).
const MAX_TIMEOUT_MS = 3_600_000;
const MAX_DELAY_MS = 600_000;
const MAX_RETRIES = 10;
const MAX_RESPONSE_BYTES_LIMIT = 2 ** 31;

/** Invalid string values longer than this are not shown in messages. */
const MAX_SHOWN_LENGTH = 16;

/** Profiles already warned about, per caller logger, so that building many clients logs the warning once. */
const warnedProfiles = new WeakMap<Logger, Set<string>>();

/**
 * Checks client options and resolves them into a frozen {@link ClientConfig}: defaults filled in, the API key
 * wrapped, the profile validated and the logger wrapped in redaction.
 *
 * @throws {@link MhbConfigError} naming the option and the fix when an option is missing, invalid, unknown or in
 *   conflict with another, or when the profile is unverified and `allowUnverifiedProfile` is not `true`.
 *
 * @example
 * ```ts
 * const config = resolveClientConfig({
 *   apiKey: env.MHB_API_KEY,
 *   phase: 'test',
 *   profile: OBSERVED_SDK_DEVICE_2019,
 *   baseUrl: 'http://127.0.0.1:8787',
 *   allowUnverifiedProfile: true,
 * });
 * ```
 */
export function resolveClientConfig(options: ClientOptions): ClientConfig {
  if (typeof options !== 'object' || options === null) {
    throw configError('CONFIG_OPTION_TYPE', 'options', undefined, { expected: 'object' });
  }

  const locale = resolveLocaleOption(options.locale);
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(name)) throw configError('CONFIG_OPTION_UNKNOWN', name, locale);
  }

  const apiKey = resolveApiKey(options.apiKey, locale);
  try {
    return resolveWithKey(options, apiKey, locale);
  } catch (error) {
    // A caller who swaps the key with another option would otherwise see the key in the message that shows the value.
    if (!isMhbConfigError(error)) throw error;
    throw new MhbConfigError({ code: error.code, option: error.option, message: redact(error.message, [apiKey]) });
  }
}

function resolveWithKey(options: ClientOptions, apiKey: ApiKey, locale: Locale): ClientConfig {
  const phase = resolvePhase(options.phase, locale);
  const callerLogger = resolveLogger(options.logger, locale);
  const profile = resolveProfile(options, locale);
  const timeouts = resolveTimeouts(options.timeouts, locale);
  const retry = resolveRetry(options.retry, locale);

  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  checkInteger('maxResponseBytes', maxResponseBytes, 1, MAX_RESPONSE_BYTES_LIMIT, locale);

  const requestIdHeader = options.requestIdHeader ?? DEFAULT_REQUEST_ID_HEADER;
  if (typeof requestIdHeader !== 'string' || !HEADER_NAME.test(requestIdHeader)) {
    throw configError('CONFIG_OPTION_TYPE', 'requestIdHeader', locale, { expected: 'HTTP header name' });
  }

  checkFunction('fetch', options.fetch, locale);
  checkFunction('sleep', options.sleep, locale);
  checkFunction('random', options.random, locale);

  const fetchFunction = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchFunction !== 'function') throw configError('CONFIG_FETCH_MISSING', 'fetch', locale);

  const logger = createRedactingLogger(callerLogger, { secrets: [apiKey] });
  if (!profile.verified) warnUnverifiedOnce(callerLogger, logger, profile);

  return Object.freeze({
    apiKey,
    phase,
    profile,
    timeouts,
    retry,
    maxResponseBytes,
    requestIdHeader,
    locale,
    logger,
    fetch: fetchFunction,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
  });
}

function resolveLocaleOption(value: unknown): Locale {
  if (value === undefined) return DEFAULT_LOCALE;

  const locale = typeof value === 'string' ? resolveLocale(value) : undefined;
  if (locale === undefined)
    throw configError('CONFIG_LOCALE_INVALID', 'locale', DEFAULT_LOCALE, { value: shown(value) });
  return locale;
}

function resolveApiKey(value: unknown, locale: Locale): ApiKey {
  if (value instanceof ApiKey) return value;
  if (typeof value !== 'string') throw configError('CONFIG_API_KEY_MISSING', 'apiKey', locale);
  return ApiKey.from(value, locale);
}

function resolvePhase(value: unknown, locale: Locale): Phase {
  if (PHASES.includes(value as Phase)) return value as Phase;
  throw configError('CONFIG_PHASE_INVALID', 'phase', locale, { value: shown(value) });
}

function resolveLogger(value: unknown, locale: Locale): Logger {
  if (value === undefined) return noopLogger;

  const logger = value as Partial<Record<keyof Logger, unknown>>;
  const complete = typeof value === 'object' && value !== null;
  if (complete && (['debug', 'info', 'warn', 'error'] as const).every((level) => typeof logger[level] === 'function')) {
    return value as Logger;
  }
  throw configError('CONFIG_OPTION_TYPE', 'logger', locale, { expected: 'Logger { debug, info, warn, error }' });
}

function resolveProfile(options: ClientOptions, locale: Locale): EndpointProfile {
  if (options.profile === undefined) throw configError('CONFIG_PROFILE_MISSING', 'profile', locale);

  const profile = defineEndpointProfile(options.profile, locale);
  if (!profile.verified && options.allowUnverifiedProfile !== true) {
    throw configError('CONFIG_PROFILE_UNVERIFIED', 'allowUnverifiedProfile', locale, { profile: profile.id });
  }
  if (options.baseUrl === undefined) return profile;
  return Object.freeze({ ...profile, baseUrl: checkBaseUrl(options.baseUrl, 'baseUrl', locale) });
}

function resolveTimeouts(value: Partial<TimeoutPolicy> | undefined, locale: Locale): TimeoutPolicy {
  const timeouts = { ...DEFAULT_TIMEOUT_POLICY, ...value };
  checkInteger('timeouts.headersMs', timeouts.headersMs, 1, MAX_TIMEOUT_MS, locale);
  checkInteger('timeouts.idleMs', timeouts.idleMs, 1, MAX_TIMEOUT_MS, locale);
  checkInteger('timeouts.totalMs', timeouts.totalMs, 1, MAX_TIMEOUT_MS, locale);
  checkNotAbove('timeouts.headersMs', timeouts.headersMs, 'timeouts.totalMs', timeouts.totalMs, locale);
  checkNotAbove('timeouts.idleMs', timeouts.idleMs, 'timeouts.totalMs', timeouts.totalMs, locale);
  return Object.freeze(timeouts);
}

function resolveRetry(value: Partial<RetryPolicy> | undefined, locale: Locale): RetryPolicy {
  const retry = { ...DEFAULT_RETRY_POLICY, ...value };
  checkInteger('retry.maxRetries', retry.maxRetries, 0, MAX_RETRIES, locale);
  checkInteger('retry.baseDelayMs', retry.baseDelayMs, 0, MAX_DELAY_MS, locale);
  checkInteger('retry.maxDelayMs', retry.maxDelayMs, 0, MAX_DELAY_MS, locale);
  checkInteger('retry.maxRetryAfterMs', retry.maxRetryAfterMs, 0, MAX_DELAY_MS, locale);
  checkNumber('retry.jitter', retry.jitter, 0, 1, locale);
  checkNotAbove('retry.baseDelayMs', retry.baseDelayMs, 'retry.maxDelayMs', retry.maxDelayMs, locale);

  if (!Array.isArray(retry.retryStatuses)) {
    throw configError('CONFIG_OPTION_TYPE', 'retry.retryStatuses', locale, { expected: 'number[]' });
  }
  retry.retryStatuses.forEach((status, index) => {
    checkInteger(`retry.retryStatuses.${index}`, status, 100, 599, locale);
  });
  return Object.freeze({ ...retry, retryStatuses: Object.freeze([...retry.retryStatuses]) });
}

function warnUnverifiedOnce(callerLogger: Logger, logger: Logger, profile: EndpointProfile): void {
  const warned = warnedProfiles.get(callerLogger) ?? new Set<string>();
  warnedProfiles.set(callerLogger, warned);
  if (warned.has(profile.id)) return;

  warned.add(profile.id);
  logger.warn('using an unverified endpoint profile', {
    profile: profile.id,
    baseUrl: profile.baseUrl,
    provenance: profile.provenance,
  });
}

function checkNumber(option: string, value: unknown, min: number, max: number, locale: Locale): void {
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return;
  throw configError('CONFIG_NUMBER_INVALID', option, locale, { value: shown(value), min, max });
}

function checkInteger(option: string, value: unknown, min: number, max: number, locale: Locale): void {
  checkNumber(option, value, min, max, locale);
  if (!Number.isInteger(value)) {
    throw configError('CONFIG_NUMBER_INVALID', option, locale, { value: shown(value), min, max });
  }
}

function checkNotAbove(option: string, value: number, other: string, otherValue: number, locale: Locale): void {
  if (value <= otherValue) return;
  throw configError('CONFIG_OPTIONS_CONFLICT', option, locale, { value, other, otherValue });
}

function checkFunction(option: string, value: unknown, locale: Locale): void {
  if (value === undefined || typeof value === 'function') return;
  throw configError('CONFIG_OPTION_TYPE', option, locale, { expected: 'function' });
}

/**
 * Shows an invalid option value in a message. Long strings are described by their length only, because a caller who
 * swaps two options could otherwise put the API key into the message.
 */
function shown(value: unknown): string {
  if (typeof value !== 'string') return String(value).slice(0, MAX_SHOWN_LENGTH);
  if (value.length > MAX_SHOWN_LENGTH) return `<${value.length} characters>`;
  return `'${value}'`;
}
