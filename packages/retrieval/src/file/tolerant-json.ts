import type { Locale } from '@mhbkit/core';
import { MhbFormatError } from './format-error.js';
import { fileMessage } from './messages.js';

/** The parsed JSON value and the keys of string values whose raw control characters were escaped. */
export interface TolerantJsonResult {
  readonly value: unknown;
  /** One entry per repaired string value: the key it belongs to, or `undefined` for an array element. */
  readonly repairedFields: readonly (string | undefined)[];
}

const POSITION = /at position (\d+)/;

/** Computes the 1-based line and column of `position` in `text`. CRLF counts as one line break. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function escapeControl(code: number): string {
  if (code === 9) return '\\t';
  if (code === 10) return '\\n';
  if (code === 13) return '\\r';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Escapes raw control characters (below U+0020) inside string literals and copies everything else as is. The
 * structural whitespace of real files is TAB and CRLF too, so escaping outside strings would break the document.
 */
export function escapeControlCharactersInStrings(text: string): {
  text: string;
  repairedFields: (string | undefined)[];
} {
  const chunks: string[] = [];
  const repairedFields: (string | undefined)[] = [];
  let copiedUpTo = 0;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let stringRepaired = false;
  let lastString: string | undefined;
  let currentKey: string | undefined;

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!inString) {
      if (code === 34) {
        inString = true;
        stringStart = i;
        stringRepaired = false;
      } else if (code === 58) {
        currentKey = lastString;
      } else if (code === 91 || code === 123 || code === 44) {
        // After `[`, `{` or `,` a new key or element starts; an array element has no key of its own.
        if (code === 91) currentKey = undefined;
      }
      continue;
    }

    if (escaped) {
      escaped = false;
    } else if (code === 92) {
      escaped = true;
    } else if (code === 34) {
      inString = false;
      lastString = text.slice(stringStart + 1, i);
      if (stringRepaired) repairedFields.push(currentKey);
    } else if (code < 0x20) {
      chunks.push(text.slice(copiedUpTo, i), escapeControl(code));
      copiedUpTo = i + 1;
      stringRepaired = true;
    }
  }

  chunks.push(text.slice(copiedUpTo));
  return { text: chunks.join(''), repairedFields };
}

function positionOf(error: unknown, text: string): number {
  const match = error instanceof Error ? POSITION.exec(error.message) : null;
  return match === null ? text.length : Number(match[1]);
}

function isAtEnd(text: string, position: number): boolean {
  return text.slice(position).trim() === '';
}

/**
 * Parses JSON strictly, and on failure once more after escaping raw control characters inside strings (real files
 * carry raw TABs in report texts). When both fail, the error reports the position of the first failure.
 *
 * @throws {@link MhbFormatError} `FILE_INCOMPLETE` when the text ends early, `FILE_INVALID_JSON` otherwise.
 */
export function parseJsonTolerant(text: string, locale: Locale): TolerantJsonResult {
  let firstError: unknown;
  try {
    return { value: JSON.parse(text), repairedFields: [] };
  } catch (error) {
    firstError = error;
  }

  let position = positionOf(firstError, text);
  const repaired = escapeControlCharactersInStrings(text);
  if (repaired.repairedFields.length > 0) {
    try {
      return { value: JSON.parse(repaired.text), repairedFields: repaired.repairedFields };
    } catch (retryError) {
      // The first error points at the file as written, so it is the one reported, unless the repaired text shows
      // that the file is truncated: then the end of the file is the place to report.
      if (isAtEnd(repaired.text, positionOf(retryError, repaired.text))) position = text.length;
    }
  }

  // V8 messages can quote the input, so neither the message nor the cause is passed on.
  const { line, column } = lineAndColumn(text, position);
  const code = isAtEnd(text, position) ? 'FILE_INCOMPLETE' : 'FILE_INVALID_JSON';
  throw new MhbFormatError({ code, message: fileMessage(code, locale, { line, column }), line, column });
}
