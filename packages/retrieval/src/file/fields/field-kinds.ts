import type { CodedValue } from '../code-lists.js';
import type { LocalDate, LocalDateTime } from '../dates.js';
import type { LabResult, ReferenceRange } from '../lab-values.js';
import type { NumericValue, WaistMeasurement } from '../numbers.js';

/**
 * The kind of a field, which decides how the reader turns its raw value into a typed value.
 *
 * - `text`: free text, kept verbatim (whitespace-only is empty).
 * - `code`: an identifier such as a facility or order code, trimmed, leading zeros kept.
 * - `date`, `timestamp`: `YYYYMMDD` and `YYYYMMDDHHMM` without a time zone.
 * - `number`: a decimal number with its raw text.
 * - `division`, `r10-result`, `antigen`, `hepatitis-result`: codes decoded from a published code list.
 * - `lab-result`, `reference-range`: r7 result text and reference range.
 * - `waist`: r10.9, whose unit the file does not state.
 * - `unconfirmed`: text whose meaning the spec leaves unclear (r14_1.6–r14_1.9).
 */
export type FieldKind =
  | 'text'
  | 'code'
  | 'date'
  | 'timestamp'
  | 'number'
  | 'division'
  | 'r10-result'
  | 'antigen'
  | 'hepatitis-result'
  | 'lab-result'
  | 'reference-range'
  | 'waist'
  | 'unconfirmed';

/** The typed value of each {@link FieldKind}. Every kind is `null` when the field is empty or missing. */
export interface FieldValueByKind {
  text: string | null;
  code: string | null;
  date: LocalDate | null;
  timestamp: LocalDateTime | null;
  number: NumericValue | null;
  division: CodedValue | null;
  'r10-result': CodedValue | null;
  antigen: CodedValue | null;
  'hepatitis-result': CodedValue | null;
  'lab-result': LabResult | null;
  'reference-range': ReferenceRange | null;
  waist: WaistMeasurement | null;
  unconfirmed: string | null;
}

/** One field of the official spec: its key in the file, its English property name, labels and kind. */
export interface FieldDefinition {
  /** The key as the file writes it, e.g. `r1.5`. */
  readonly key: string;
  /** The English property name in the typed record, e.g. `visitDate`. */
  readonly name: string;
  /** The label in Traditional Chinese, from the official spec. */
  readonly zh: string;
  /** The label in English. */
  readonly en: string;
  /** The kind of the typed value. */
  readonly kind: FieldKind;
}

/** Typed properties of a record built from a table of field definitions. */
export type FieldsOf<T extends readonly FieldDefinition[]> = {
  readonly [F in T[number] as F['name']]: FieldValueByKind[F['kind']];
};

/** A numbered pair of code and name fields, such as secondary diagnosis 1 (`r1.14`, `r1.15`). */
export interface PairDefinition {
  readonly codeKey: string;
  readonly nameKey: string;
  /** 1-based position of the pair in its list. */
  readonly position: number;
}

/**
 * Builds the keys of `count` consecutive code/name pairs that start at `r<section>.<firstCodeNumber>`, e.g. the
 * secondary diagnoses r1.14/r1.15 … r1.22/r1.23.
 */
export function pairKeys(section: string, firstCodeNumber: number, count: number): PairDefinition[] {
  const pairs: PairDefinition[] = [];
  for (let position = 1; position <= count; position++) {
    const codeNumber = firstCodeNumber + 2 * (position - 1);
    pairs.push({ codeKey: `${section}.${codeNumber}`, nameKey: `${section}.${codeNumber + 1}`, position });
  }
  return pairs;
}
