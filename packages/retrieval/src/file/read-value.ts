import { ANTIGEN_CODES, DIVISION_CODES, decodeCode, HEPATITIS_RESULT_CODES, R10_RESULT_CODES } from './code-lists.js';
import { readGregorianDate, readTimestamp } from './dates.js';
import type { FieldKind } from './fields/field-kinds.js';
import type { IssuePlace, IssueSink } from './issue-sink.js';
import { readLabResult, readReferenceRange } from './lab-values.js';
import { toNumericValue, toWaistMeasurement } from './numbers.js';

/**
 * Returns the text of a raw scalar, or `null` when it is empty: `""`, `null`, whitespace only and a missing key all
 * mean "no value". A non-scalar value (object, array, boolean) is reported and treated as empty.
 */
export function scalarText(value: unknown, sink: IssueSink, place: IssuePlace): string | null {
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (typeof value === 'number') {
    text = String(value);
  } else if (value === null || value === undefined) {
    return null;
  } else {
    sink.add('INVALID_VALUE', 'error', place);
    return null;
  }

  return isBlank(text) ? null : text;
}

/** Tells whether `text` contains only whitespace, without allocating a trimmed copy for the common non-blank case. */
function isBlank(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;

  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  if (first > 0x20 && first !== 0xa0 && first !== 0x3000 && last > 0x20 && last !== 0xa0 && last !== 0x3000) {
    return false;
  }
  return text.trim() === '';
}

/** Reads one raw value as the typed value of `kind`, reporting values that do not fit. */
export function readValue(kind: FieldKind, value: unknown, sink: IssueSink, place: IssuePlace): unknown {
  const text = scalarText(value, sink, place);
  if (text === null) return null;

  switch (kind) {
    case 'text':
    case 'unconfirmed':
      return text;
    case 'code':
      return text.trim();
    case 'date': {
      const reading = readGregorianDate(text);
      if (reading.ok) return reading.value;
      sink.add(reading.reason === 'partial' ? 'PARTIAL_DATE' : 'INVALID_DATE', 'warning', place);
      return null;
    }
    case 'timestamp': {
      const reading = readTimestamp(text);
      if (reading.ok) return reading.value;
      sink.add('INVALID_TIMESTAMP', 'warning', place);
      return null;
    }
    case 'number': {
      const numeric = toNumericValue(text.trim());
      if (numeric.value === null) sink.add('INVALID_NUMBER', 'warning', place);
      return numeric;
    }
    case 'waist':
      return toWaistMeasurement(text.trim());
    case 'lab-result':
      return readLabResult(text.trim());
    case 'reference-range':
      return readReferenceRange(text.trim());
    case 'division':
      return readCode(DIVISION_CODES, text, sink, place);
    case 'r10-result':
      return readCode(R10_RESULT_CODES, text, sink, place);
    case 'antigen':
      return readCode(ANTIGEN_CODES, text, sink, place);
    case 'hepatitis-result':
      return readCode(HEPATITIS_RESULT_CODES, text, sink, place);
  }
}

function readCode(
  list: Parameters<typeof decodeCode>[0],
  text: string,
  sink: IssueSink,
  place: IssuePlace,
): ReturnType<typeof decodeCode> {
  const coded = decodeCode(list, text.trim());
  if (coded.zh === null) sink.add('UNKNOWN_CODE', 'warning', place);
  return coded;
}
