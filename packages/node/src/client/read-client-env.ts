import { type Locale, resolveLocale } from '@mhbkit/core';
import type { DeliveryPhase } from '@mhbkit/retrieval';
import { MhbNodeError } from '../errors/node-error.js';

/** The environment variables {@link createClient} reads. */
export const CLIENT_ENV_VARIABLES = ['MHB_API_KEY', 'MHB_PHASE', 'MHB_BASE_URL', 'MHB_LOCALE'] as const;

/** Client settings read from the environment. A variable that is unset, empty or blank is left out. */
export interface ClientEnv {
  /** `MHB_API_KEY`. */
  readonly apiKey?: string;
  /** `MHB_PHASE`: `test` or `production`. */
  readonly phase?: DeliveryPhase;
  /** `MHB_BASE_URL`. */
  readonly baseUrl?: string;
  /** `MHB_LOCALE`: a tag such as `en`, `en-US`, `zh-TW`. */
  readonly locale?: Locale;
}

const PHASES: readonly DeliveryPhase[] = ['test', 'production'];

/**
 * Reads `MHB_API_KEY`, `MHB_PHASE`, `MHB_BASE_URL` and `MHB_LOCALE`. Values are trimmed, because keys pasted into
 * environment files often carry a trailing newline, and an empty value means unset.
 *
 * @param env - the environment. @defaultValue `process.env`
 * @param locale - the language of error messages when `MHB_LOCALE` is unset. @defaultValue `'zh-TW'`
 * @throws {@link MhbNodeError} `NODE_ENV_INVALID` when `MHB_PHASE` or `MHB_LOCALE` contains an unknown value.
 */
export function readClientEnv(env: NodeJS.ProcessEnv = process.env, locale?: Locale): ClientEnv {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const result: { -readonly [K in keyof ClientEnv]: ClientEnv[K] } = {};

  const localeText = read('MHB_LOCALE');
  if (localeText !== undefined) {
    const resolved = resolveLocale(localeText);
    if (resolved === undefined) {
      throw new MhbNodeError('NODE_ENV_INVALID', locale, { name: 'MHB_LOCALE', expected: 'zh-TW, en' });
    }
    result.locale = resolved;
  }
  const messageLocale = locale ?? result.locale;

  const phase = read('MHB_PHASE');
  if (phase !== undefined) {
    if (!PHASES.includes(phase as DeliveryPhase)) {
      throw new MhbNodeError('NODE_ENV_INVALID', messageLocale, {
        name: 'MHB_PHASE',
        expected: 'test, production',
      });
    }
    result.phase = phase as DeliveryPhase;
  }

  const apiKey = read('MHB_API_KEY');
  if (apiKey !== undefined) result.apiKey = apiKey;
  const baseUrl = read('MHB_BASE_URL');
  if (baseUrl !== undefined) result.baseUrl = baseUrl;
  return result;
}
