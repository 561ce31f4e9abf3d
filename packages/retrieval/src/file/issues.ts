import type { SectionCode } from './sections.js';

/** Stable codes of the problems found inside a file that was otherwise readable. */
export type IssueCode =
  | 'CONTROL_CHARACTERS_REPAIRED'
  | 'UNKNOWN_SECTION'
  | 'UNKNOWN_FIELD'
  | 'DUPLICATE_SECTION'
  | 'DUPLICATE_ELEMENT'
  | 'UNEXPECTED_TEXT'
  | 'INVALID_RECORD'
  | 'INVALID_VALUE'
  | 'INVALID_DATE'
  | 'PARTIAL_DATE'
  | 'INVALID_TIMESTAMP'
  | 'INVALID_NUMBER'
  | 'UNKNOWN_CODE'
  | 'MISSING_MASKED_ID'
  | 'VALUE_TOO_DEEP'
  | 'ISSUES_TRUNCATED';

/**
 * A problem found while reading a file, tied to a place in it.
 *
 * The message states what was wrong and where, in the configured locale. It never quotes a value, because values
 * are health data.
 */
export interface FileIssue {
  /** The stable issue code. */
  readonly code: IssueCode;
  /** `error` when a record or value was left out of the typed result; `warning` when it was kept or repaired. */
  readonly severity: 'warning' | 'error';
  /** The section code (`r1` … `r14`), or the unknown section's key as written. */
  readonly section?: SectionCode | string;
  /** The 0-based index of the record inside its section. */
  readonly index?: number;
  /** The field key as written in the file, e.g. `r1.5` or `r1_1[2].r1_1.3`. */
  readonly field?: string;
  /** The localized message. */
  readonly message: string;
}
