import type { Locale } from '@mhbkit/core';
import { type FormatErrorCode, MhbFormatError } from './format-error.js';
import { fileMessage } from './messages.js';

/** The input of {@link parseMedicalFile}: the file's bytes, or its decoded text. */
export type MedicalFileInput = Uint8Array | ArrayBuffer | string;

/** The decoded input and the facts detected from it. */
export interface DecodedInput {
  /** The text, without a leading byte order mark. */
  readonly text: string;
  /** The input bytes, or the UTF-8 encoding of a string input. */
  readonly bytes: Uint8Array;
  readonly format: 'json' | 'xml';
}

/** How much of the text after the byte order mark is searched for the root name. */
const DETECTION_WINDOW = 2048;

const BYTE_ORDER_MARK = '\uFEFF';
const JSON_ROOT = '"myhealthbank"';
const XML_ROOT = /<myhealthbank[\s>/]/;
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;

function fail(code: FormatErrorCode, locale: Locale, params: Record<string, number> = {}): never {
  throw new MhbFormatError({ code, message: fileMessage(code, locale, params) });
}

/** Finds the offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return i;
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function checkBytes(bytes: Uint8Array, maxBytes: number, locale: Locale): void {
  if (bytes.length === 0) fail('FILE_EMPTY', locale);
  if (bytes.length > maxBytes) fail('FILE_TOO_LARGE', locale, { bytes: bytes.length, maxBytes });

  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x50 && b1 === 0x4b && ((b2 === 3 && b3 === 4) || (b2 === 5 && b3 === 6))) fail('FILE_IS_ZIP', locale);
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) fail('FILE_UTF16', locale);
}

function detectFormat(text: string, locale: Locale): 'json' | 'xml' {
  if (text.trim() === '') fail('FILE_EMPTY', locale);

  const head = text.slice(0, DETECTION_WINDOW);
  const json = head.indexOf(JSON_ROOT);
  const xml = head.search(XML_ROOT);
  if (json >= 0 && (xml < 0 || json < xml)) return 'json';
  if (xml >= 0) return 'xml';
  if (HTML_START.test(head)) fail('FILE_IS_HTML', locale);
  return fail('FILE_UNKNOWN_FORMAT', locale);
}

/**
 * Decodes the input as UTF-8 (a byte order mark is dropped), and detects JSON or XML from the content: the root name
 * `"myhealthbank"` or `<myhealthbank>` in the first 2 KB. File names are never consulted.
 *
 * @throws {@link MhbFormatError} for an empty, oversized, zip, UTF-16, non-UTF-8, HTML or unrecognized input.
 */
export function decodeInput(input: MedicalFileInput, maxBytes: number, locale: Locale): DecodedInput {
  if (typeof input === 'string') {
    // Every UTF-16 code unit encodes to at least one byte, so a longer string is too large before encoding.
    if (input.length > maxBytes) fail('FILE_TOO_LARGE', locale, { bytes: input.length, maxBytes });
    const bytes = new TextEncoder().encode(input);
    checkBytes(bytes, maxBytes, locale);
    const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
    return { text, bytes, format: detectFormat(text, locale) };
  }

  const bytes = toBytes(input);
  checkBytes(bytes, maxBytes, locale);

  let text: string;
  try {
    // The decoder drops one leading byte order mark by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('FILE_INVALID_UTF8', locale, { offset: firstInvalidUtf8Offset(bytes) });
  }
  return { text, bytes, format: detectFormat(text, locale) };
}
