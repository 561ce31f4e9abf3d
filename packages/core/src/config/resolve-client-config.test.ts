import { describe, expect, it } from 'vitest';
import { OBSERVED_SDK_DEVICE_2019 } from '../profiles/observed-sdk-device-2019.js';
import { ApiKey } from '../secrets/api-key.js';
import { recordingLogger, TEST_API_KEY } from '../test-support/test-config.js';
import type { ClientOptions } from './client-options.js';
import { resolveClientConfig } from './resolve-client-config.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_POLICY } from './timeout-policy.js';

const BASE: ClientOptions = {
  apiKey: TEST_API_KEY,
  phase: 'test',
  profile: OBSERVED_SDK_DEVICE_2019,
  allowUnverifiedProfile: true,
};

// biome-ignore lint/suspicious/noExplicitAny: the cases pass values the option types forbid.
function resolveWith(overrides: Record<string, any>) {
  return () => resolveClientConfig({ ...BASE, ...overrides } as ClientOptions);
}

describe('resolveClientConfig', () => {
  it('fills the defaults', () => {
    const config = resolveClientConfig(BASE);
    expect(config.timeouts).toEqual(DEFAULT_TIMEOUT_POLICY);
    expect(config.retry).toEqual(DEFAULT_RETRY_POLICY);
    expect(config.maxResponseBytes).toBe(DEFAULT_MAX_RESPONSE_BYTES);
    expect(config.requestIdHeader).toBe('X-Request-Id');
    expect(config.locale).toBe('zh-TW');
  });

  it('wraps the API key', () => {
    expect(resolveClientConfig(BASE).apiKey).toBeInstanceOf(ApiKey);
  });

  it('keeps an ApiKey instance', () => {
    const apiKey = ApiKey.from(TEST_API_KEY);
    expect(resolveClientConfig({ ...BASE, apiKey }).apiKey).toBe(apiKey);
  });

  it('freezes the config', () => {
    const config = resolveClientConfig(BASE);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.retry)).toBe(true);
  });

  it('merges partial policies', () => {
    const config = resolveClientConfig({ ...BASE, retry: { maxRetries: 5 }, timeouts: { idleMs: 1000 } });
    expect(config.retry.maxRetries).toBe(5);
    expect(config.retry.baseDelayMs).toBe(500);
    expect(config.timeouts.idleMs).toBe(1000);
  });

  it('applies baseUrl over the profile', () => {
    const config = resolveClientConfig({ ...BASE, baseUrl: 'http://127.0.0.1:8787/' });
    expect(config.profile.baseUrl).toBe('http://127.0.0.1:8787');
    expect(config.profile.operations).toEqual(OBSERVED_SDK_DEVICE_2019.operations);
  });

  it('resolves a locale tag', () => {
    expect(resolveClientConfig({ ...BASE, locale: 'en-US' as 'en' }).locale).toBe('en');
  });

  it.each([
    ['missing apiKey', { apiKey: undefined }, 'CONFIG_API_KEY_MISSING', 'apiKey'],
    ['empty apiKey', { apiKey: ' ' }, 'CONFIG_API_KEY_MISSING', 'apiKey'],
    ['missing phase', { phase: undefined }, 'CONFIG_PHASE_INVALID', 'phase'],
    ['unknown phase', { phase: 'staging' }, 'CONFIG_PHASE_INVALID', 'phase'],
    ['missing profile', { profile: undefined }, 'CONFIG_PROFILE_MISSING', 'profile'],
    [
      'unverified profile',
      { allowUnverifiedProfile: undefined },
      'CONFIG_PROFILE_UNVERIFIED',
      'allowUnverifiedProfile',
    ],
    ['insecure baseUrl', { baseUrl: 'http://mhb.example.org' }, 'CONFIG_URL_INSECURE', 'baseUrl'],
    ['relative baseUrl', { baseUrl: 'example.org' }, 'CONFIG_URL_INVALID', 'baseUrl'],
    ['unknown option', { baseURL: 'https://example.org' }, 'CONFIG_OPTION_UNKNOWN', 'baseURL'],
    ['unknown locale', { locale: 'fr' }, 'CONFIG_LOCALE_INVALID', 'locale'],
    ['negative retries', { retry: { maxRetries: -1 } }, 'CONFIG_NUMBER_INVALID', 'retry.maxRetries'],
    ['fractional retries', { retry: { maxRetries: 1.5 } }, 'CONFIG_NUMBER_INVALID', 'retry.maxRetries'],
    ['jitter above 1', { retry: { jitter: 2 } }, 'CONFIG_NUMBER_INVALID', 'retry.jitter'],
    ['base above cap', { retry: { baseDelayMs: 9000 } }, 'CONFIG_OPTIONS_CONFLICT', 'retry.baseDelayMs'],
    ['bad retry status', { retry: { retryStatuses: [503, 999] } }, 'CONFIG_NUMBER_INVALID', 'retry.retryStatuses.1'],
    ['retry statuses not a list', { retry: { retryStatuses: 503 } }, 'CONFIG_OPTION_TYPE', 'retry.retryStatuses'],
    ['zero timeout', { timeouts: { headersMs: 0 } }, 'CONFIG_NUMBER_INVALID', 'timeouts.headersMs'],
    ['NaN timeout', { timeouts: { totalMs: Number.NaN } }, 'CONFIG_NUMBER_INVALID', 'timeouts.totalMs'],
    ['headers above total', { timeouts: { headersMs: 200_000 } }, 'CONFIG_OPTIONS_CONFLICT', 'timeouts.headersMs'],
    [
      'idle above total',
      { timeouts: { idleMs: 5000, totalMs: 4000, headersMs: 1000 } },
      'CONFIG_OPTIONS_CONFLICT',
      'timeouts.idleMs',
    ],
    ['zero response size', { maxResponseBytes: 0 }, 'CONFIG_NUMBER_INVALID', 'maxResponseBytes'],
    ['bad header name', { requestIdHeader: 'X Request' }, 'CONFIG_OPTION_TYPE', 'requestIdHeader'],
    ['fetch not a function', { fetch: 'fetch' }, 'CONFIG_OPTION_TYPE', 'fetch'],
    ['incomplete logger', { logger: { info: () => {} } }, 'CONFIG_OPTION_TYPE', 'logger'],
    ['sleep not a function', { sleep: 10 }, 'CONFIG_OPTION_TYPE', 'sleep'],
  ])('rejects %s', (_name, overrides, code, option) => {
    expect(resolveWith(overrides)).toThrow(expect.objectContaining({ code, option }));
  });

  it('rejects options that are not an object', () => {
    expect(() => resolveClientConfig(undefined as unknown as ClientOptions)).toThrow(
      expect.objectContaining({ code: 'CONFIG_OPTION_TYPE' }),
    );
  });

  it('names the option and fix in English', () => {
    expect(resolveWith({ locale: 'en', phase: 'staging' })).toThrow(
      "The phase option 'staging' is invalid. Set it to 'test' (phase 1) or 'production' (phase 2); it has no default.",
    );
  });

  it('names the option and fix in zh-TW', () => {
    expect(resolveWith({ allowUnverifiedProfile: false })).toThrow(
      /observed-sdk-device-2019.*allowUnverifiedProfile: true/,
    );
  });

  it('does not echo a long value', () => {
    expect(resolveWith({ phase: TEST_API_KEY })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining(TEST_API_KEY) }),
    );
  });

  it('warns about an unverified profile once per logger', () => {
    const logger = recordingLogger();
    resolveClientConfig({ ...BASE, logger });
    resolveClientConfig({ ...BASE, logger });
    const warnings = logger.lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.fields?.['profile']).toBe('observed-sdk-device-2019');
  });

  it('redacts the key in log lines', () => {
    const logger = recordingLogger();
    resolveClientConfig({ ...BASE, logger }).logger.info(`key ${TEST_API_KEY}`);
    expect(logger.lines.at(-1)?.message).toBe('key ApiKey(<redacted>)');
  });

  it('uses the global fetch by default', () => {
    expect(typeof resolveClientConfig(BASE).fetch).toBe('function');
  });
});
