/**
 * A calendar date without a time zone, written `YYYY-MM-DD` (e.g. `2026-01-10`).
 *
 * The file states no time zone, so the reader never converts dates to `Date`, which would shift them by the
 * runtime's offset.
 */
export type LocalDate = string;

/** A wall-clock date and time without a time zone, written `YYYY-MM-DDTHH:MM` (e.g. `2026-01-10T09:30`). */
export type LocalDateTime = string;

/** The outcome of reading a date field: the date, or why it was rejected. */
export type DateReading =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'partial' };

/** The Republic of China (民國) calendar counts years from 1912, so ROC year 1 is Gregorian 1912. */
const ROC_YEAR_OFFSET = 1911;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Tells whether `text` is all ASCII digits. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

const INVALID: DateReading = { ok: false, reason: 'invalid' };
const PARTIAL: DateReading = { ok: false, reason: 'partial' };

/** Reads the ASCII digits of `text` from `start` to `end` as a number; the caller has checked they are digits. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const maximum = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= maximum;
}

function formatDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a Gregorian `YYYYMMDD` date (surrounding whitespace allowed). A 6-digit `YYYYMM` value is `partial`, because
 * the spec prints that format by mistake for some fields and a day cannot be invented.
 */
export function readGregorianDate(text: string): DateReading {
  const trimmed = text.length === 8 ? text : text.trim();
  if (trimmed.length === 6 && isDigits(trimmed)) return PARTIAL;
  if (trimmed.length !== 8 || !isDigits(trimmed)) return INVALID;

  const year = digitsValue(trimmed, 0, 4);
  const month = digitsValue(trimmed, 4, 6);
  const day = digitsValue(trimmed, 6, 8);
  if (!isValidDay(year, month, day)) return INVALID;
  return { ok: true, value: `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}` };
}

/** Reads a `YYYYMMDDHHMM` timestamp as local wall-clock time, without any time-zone shift. */
export function readTimestamp(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed.length !== 12 || !isDigits(trimmed)) return { ok: false, reason: 'invalid' };

  const date = readGregorianDate(trimmed.slice(0, 8));
  const hour = Number(trimmed.slice(8, 10));
  const minute = Number(trimmed.slice(10, 12));
  if (!date.ok || hour > 23 || minute > 59) return { ok: false, reason: 'invalid' };
  return { ok: true, value: `${date.value}T${trimmed.slice(8, 10)}:${trimmed.slice(10, 12)}` };
}

/**
 * Converts a 7-digit ROC (民國) date `YYYMMDD` to a Gregorian date: the ROC year plus 1911.
 *
 * @returns the date, or `null` when `text` is not a valid 7-digit ROC date.
 * @example
 * ```ts
 * parseRocDate('1130305'); // '2024-03-05'
 * ```
 */
export function parseRocDate(text: string): LocalDate | null {
  const trimmed = text.trim();
  if (trimmed.length !== 7 || !isDigits(trimmed)) return null;

  const year = Number(trimmed.slice(0, 3)) + ROC_YEAR_OFFSET;
  const month = Number(trimmed.slice(3, 5));
  const day = Number(trimmed.slice(5, 7));
  return isValidDay(year, month, day) ? formatDate(year, month, day) : null;
}

/**
 * Reads the application date `b1.2`: Gregorian `YYYYMMDD` in the spec and in every real file seen, but 7 digits are
 * read as an ROC date because one converter's test data writes it that way.
 */
export function readApplicationDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed.length === 7) {
    const date = parseRocDate(trimmed);
    return date === null ? { ok: false, reason: 'invalid' } : { ok: true, value: date };
  }
  return readGregorianDate(trimmed);
}

/** The date found in a file name, and the calendar it was written in. */
export interface FileNameDate {
  readonly date: LocalDate;
  readonly calendar: 'roc' | 'gregorian';
}

const SDK_FILE_NAME = /(?:^|[\\/])(\d{16})\.[A-Za-z]+$/;
const SEVEN_DIGITS = /(?:^|\D)(\d{7})(?:\D|$)/;
const EIGHT_DIGITS = /(?:^|\D)(\d{8})(?:\D|$)/;

/**
 * Reads the date in a download's file name. Website downloads write ROC dates (`健康存摺醫療類_1130305.JSON`,
 * `MHBJSON_1130305_1.zip`), the spec's example a Gregorian date (`健康存摺醫療類_20150301.json`), and SDK deliveries
 * 16 digits that start with `yyyyMMdd` (`2020010100000001.json`). The name is metadata only: `b1.2` inside the file
 * is authoritative.
 *
 * @returns the date, or `null` when the name contains no valid date.
 * @example
 * ```ts
 * dateFromFileName('MHBJSON_1130305_1.zip'); // { date: '2024-03-05', calendar: 'roc' }
 * ```
 */
export function dateFromFileName(fileName: string): FileNameDate | null {
  const sdk = SDK_FILE_NAME.exec(fileName);
  if (sdk !== null) {
    const reading = readGregorianDate(sdk[1]!.slice(0, 8));
    return reading.ok ? { date: reading.value, calendar: 'gregorian' } : null;
  }

  const roc = SEVEN_DIGITS.exec(fileName);
  if (roc !== null) {
    const date = parseRocDate(roc[1]!);
    if (date !== null) return { date, calendar: 'roc' };
  }

  const gregorian = EIGHT_DIGITS.exec(fileName);
  if (gregorian !== null) {
    const reading = readGregorianDate(gregorian[1]!);
    if (reading.ok) return { date: reading.value, calendar: 'gregorian' };
  }
  return null;
}
