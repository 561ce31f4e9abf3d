import { parsePlainDecimal } from './numbers.js';

/** A comparator of a censored result or a one-sided limit. */
export type Comparator = '<' | '<=' | '>' | '>=';

/**
 * An r7.11 result value. The field is text: most results are numbers, others are words (`陰性`), ordinals (`1+`),
 * titres (`1:40`) or censored values (`＜1.0`).
 */
export interface LabResult {
  /** The text as written, trimmed. */
  readonly text: string;
  /** The number, only when the text is a plain decimal number. `1+` and `＜1.0` have none. */
  readonly value: number | null;
  /** For a censored value such as `<0.5` or `＞1000`, its comparator; otherwise `null`. */
  readonly comparator: Comparator | null;
  /** For a censored value, the limit it was compared with (0.5 for `<0.5`); otherwise `null`. */
  readonly limit: number | null;
}

/**
 * An r7.12 reference range. Bounds are set only where the text reads unambiguously: `[0.70][1.20]`,
 * `[0.6~1.3][0.6~1.3]`, `[無][10.0]`, `70-99`, `<150`, `≦3.4`, `40 以上`. Anything else (age or sex segments,
 * several ranges) keeps only the text.
 */
export interface ReferenceRange {
  /** The text as written, trimmed. */
  readonly text: string;
  /** The lower bound, or `null` when there is none or it cannot be read. */
  readonly low: number | null;
  /** The upper bound, or `null` when there is none or it cannot be read. */
  readonly high: number | null;
}

const COMPARATORS: Readonly<Record<string, Comparator>> = {
  '<': '<',
  '<=': '<=',
  '≦': '<=',
  '≤': '<=',
  '>': '>',
  '>=': '>=',
  '≧': '>=',
  '≥': '>=',
};

// The comparator group lists two-character forms first so `<=` is not read as `<` followed by `=5`.
const CENSORED = /^(<=|>=|<|>|≦|≤|≧|≥)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/;
const TWO_BRACKETS = /^\[([^[\]]*)\]\[([^[\]]*)\]$/;
const SPAN = /^(\d+(?:\.\d*)?|\.\d+)\s*[-~～]\s*(\d+(?:\.\d*)?|\.\d+)$/;
const AT_LEAST = /^(\d+(?:\.\d*)?|\.\d+)\s*以上$/;
const AT_MOST = /^(\d+(?:\.\d*)?|\.\d+)\s*以下$/;
const EMPTY_BOUND = new Set(['', '無', '.', '-']);

/** Folds full-width forms (`＜`, `１`, `～`) to ASCII with NFKC, but only when the text has non-ASCII characters. */
function foldWidth(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFKC');
  }
  return text;
}

function readCensored(text: string): { comparator: Comparator; limit: number } | null {
  const match = CENSORED.exec(text);
  if (match === null) return null;
  return { comparator: COMPARATORS[match[1]!]!, limit: Number(match[2]) };
}

/** Reads an r7.11 result from its trimmed, non-empty text. */
export function readLabResult(text: string): LabResult {
  const value = parsePlainDecimal(text);
  if (value !== null) return { text, value, comparator: null, limit: null };

  const censored = readCensored(foldWidth(text));
  if (censored !== null) return { text, value: null, ...censored };
  return { text, value: null, comparator: null, limit: null };
}

/** Reads the bounds of one piece of a range text, or returns `null` when it does not read as a range. */
function readBounds(piece: string): { low: number | null; high: number | null } | null {
  const text = foldWidth(piece).trim();
  if (EMPTY_BOUND.has(text)) return { low: null, high: null };

  const span = SPAN.exec(text);
  if (span !== null) return { low: Number(span[1]), high: Number(span[2]) };

  const censored = readCensored(text);
  if (censored !== null) {
    const upper = censored.comparator === '<' || censored.comparator === '<=';
    return upper ? { low: null, high: censored.limit } : { low: censored.limit, high: null };
  }

  const atLeast = AT_LEAST.exec(text);
  if (atLeast !== null) return { low: Number(atLeast[1]), high: null };
  const atMost = AT_MOST.exec(text);
  if (atMost !== null) return { low: null, high: Number(atMost[1]) };
  return null;
}

/** Reads a bracket that contains one bound: a number, a placeholder (`無`, `.`), or `= 5.0`. */
function readSingleBound(piece: string): { empty: true } | { empty: false; value: number } | null {
  const text = foldWidth(piece).trim();
  if (EMPTY_BOUND.has(text)) return { empty: true };

  const withoutEquals = text.startsWith('=') ? text.slice(1).trim() : text;
  const value = parsePlainDecimal(withoutEquals);
  return value === null ? null : { empty: false, value };
}

/** Reads an r7.12 reference range from its trimmed, non-empty text. */
export function readReferenceRange(text: string): ReferenceRange {
  const brackets = TWO_BRACKETS.exec(text);
  if (brackets === null) {
    const bounds = readBounds(text);
    return { text, low: bounds?.low ?? null, high: bounds?.high ?? null };
  }

  const first = brackets[1]!;
  const second = brackets[2]!;

  // `[low][high]`: each bracket contains one bound or a placeholder.
  const low = readSingleBound(first);
  const high = readSingleBound(second);
  if (low !== null && high !== null) {
    return { text, low: low.empty ? null : low.value, high: high.empty ? null : high.value };
  }

  // The same range written in both brackets, e.g. `[0.6~1.3][0.6~1.3]`.
  if (first.trim() === second.trim()) {
    const bounds = readBounds(first);
    return { text, low: bounds?.low ?? null, high: bounds?.high ?? null };
  }
  return { text, low: null, high: null };
}
