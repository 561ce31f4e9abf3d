import { formatMessage } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { DOWNLOAD_TYPES } from './download-types.js';
import type { NhiCode, NhiCodeDefinition, NhiCodeSource } from './nhi-code.js';
import { NHI_CODE_MESSAGES, type NhiCodeMessageKey } from './nhi-code-messages.js';
import { RETURN_CODES } from './return-codes.js';
import { SDK_ERROR_CODES } from './sdk-error-codes.js';

const TABLES: Readonly<Record<NhiCodeSource, Readonly<Record<string, NhiCodeDefinition>>>> = {
  rtnCode: RETURN_CODES,
  oType: DOWNLOAD_TYPES,
  sdk: SDK_ERROR_CODES,
};

const MESSAGE_PREFIX: Readonly<Record<NhiCodeSource, string>> = { rtnCode: 'RTN_', oType: 'OTYPE_', sdk: 'SDK_' };

/** Raw codes longer than this are cut, so a garbage value cannot bloat an error or a log line. */
const MAX_RAW_CODE_LENGTH = 32;

/**
 * Looks up an NHI code in its table.
 *
 * Input is normalized first: surrounding whitespace is removed, return codes are upper-cased, and SDK codes given as
 * numbers or without leading zeros (`92`, `3`) are padded the way the SDK prints them (`092`, `03`).
 *
 * @returns the table entry, or an `unknown` description that keeps the raw code.
 *
 * @example
 * ```ts
 * describeNhiCode('oType', '3'); // { known: true, outcome: 'notReady', retry: { when: 'after-delay', minDelayMs: 60000 }, ... }
 * describeNhiCode('rtnCode', 'G123'); // { known: false, outcome: 'unknown', code: 'G123', ... }
 * ```
 */
export function describeNhiCode(source: NhiCodeSource, rawCode: string | number): NhiCode {
  const raw = String(rawCode).slice(0, MAX_RAW_CODE_LENGTH);
  const code = normalizeCode(source, raw);
  const definition = TABLES[source][code];

  if (definition === undefined) {
    return { known: false, source, code, rawCode: raw, outcome: 'unknown', retry: { when: 'unknown' } };
  }
  return { ...definition, known: true, source, rawCode: raw };
}

/**
 * Formats the message of an NHI code in `locale`. For SDK codes with an NHI text, the zh-TW message is NHI's text.
 *
 * @param locale - the message language. @defaultValue `'zh-TW'`
 */
export function formatNhiCodeMessage(code: NhiCode, locale?: Locale): string {
  if (!code.known) return formatMessage(NHI_CODE_MESSAGES, 'UNKNOWN', locale, { source: code.source, code: code.code });

  const key = `${MESSAGE_PREFIX[code.source]}${code.code}` as NhiCodeMessageKey;
  return formatMessage(NHI_CODE_MESSAGES, key, locale);
}

function normalizeCode(source: NhiCodeSource, raw: string): string {
  const trimmed = raw.trim();

  if (source === 'rtnCode') return trimmed.toUpperCase();
  if (source !== 'sdk' || !/^\d{1,3}$/.test(trimmed)) return trimmed;

  // The SDK prints two-digit internal codes (03) and three-digit public codes (092, 204); apps relaying them as
  // integers drop the leading zero.
  const value = Number(trimmed);
  return value < 10 ? trimmed.padStart(2, '0') : trimmed.padStart(3, '0');
}
