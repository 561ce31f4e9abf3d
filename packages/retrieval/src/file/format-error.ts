import { errorGuard, MhbError } from '@mhbkit/core';

/** Stable codes of {@link MhbFormatError}, one per reason a file cannot be read. */
export type FormatErrorCode =
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_IS_ZIP'
  | 'FILE_IS_HTML'
  | 'FILE_UTF16'
  | 'FILE_INVALID_UTF8'
  | 'FILE_UNKNOWN_FORMAT'
  | 'FILE_INVALID_JSON'
  | 'FILE_INCOMPLETE'
  | 'FILE_INVALID_XML'
  | 'FILE_MISSING_BDATA'
  | 'FILE_TOO_DEEP'
  | 'FILE_TOO_MANY_RECORDS'
  | 'FILE_PERSON_MISMATCH';

/** Options of {@link MhbFormatError}. */
export interface MhbFormatErrorOptions {
  readonly code: FormatErrorCode;
  readonly message: string;
  readonly cause?: unknown;
  /** The 1-based line of the failure in the decoded text, when the parser reported a position. */
  readonly line?: number;
  /** The 1-based column of the failure in the decoded text, when the parser reported a position. */
  readonly column?: number;
}

/**
 * The error raised when bytes or text are not a readable My Health Bank medical-class file: not UTF-8, not JSON or
 * XML, truncated, without `myhealthbank.bdata`, beyond a size or nesting limit, or when files of two different
 * persons are merged.
 *
 * Problems inside single records never raise it: they become issues of the parsed file.
 */
export class MhbFormatError extends MhbError {
  declare readonly code: FormatErrorCode;
  /** The 1-based line of the failure, when known. */
  readonly line: number | undefined;
  /** The 1-based column of the failure, when known. */
  readonly column: number | undefined;

  constructor(options: MhbFormatErrorOptions) {
    super(options);
    this.line = options.line;
    this.column = options.column;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), line: this.line, column: this.column };
  }
}

/** Tells whether `value` is an {@link MhbFormatError}, including one thrown by another copy of the package. */
export const isMhbFormatError: (value: unknown) => value is MhbFormatError =
  errorGuard<MhbFormatError>('MhbFormatError');
