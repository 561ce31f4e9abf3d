import type { LocalDate } from './dates.js';
import type { FileIssue } from './issues.js';
import type { MedicalRecordMap } from './medical-records.js';
import type { SectionCode, SectionStatus } from './sections.js';

/** One section of a parsed file. */
export interface Section<S extends SectionCode = SectionCode> {
  /** The section code, in lower case. */
  readonly code: S;
  /** The section's status: how it appeared in the file. */
  readonly status: SectionStatus;
  /** The typed records; empty unless `status` is `parsed`. Placeholders such as `無資料` are never records. */
  readonly records: readonly MedicalRecordMap[S][];
  /** The section value exactly as the file contains it, or `undefined` when the section is missing. */
  readonly raw: unknown;
  /** The section key as the file writes it (`R12`), or `null` when the section is missing. */
  readonly key: string | null;
}

/** Every section of a parsed file, by lower-case code. */
export type MedicalSections = { readonly [S in SectionCode]: Section<S> };

/** Facts about the parsed file itself. */
export interface MedicalFileMeta {
  /** `b1.1`, the masked national ID such as `Z12345****`, or `null` when missing. Treat it as personal data. */
  readonly maskedId: string | null;
  /** `b1.2` (or its alias `b2.1`), the application date, or `null` when missing or invalid. */
  readonly applicationDate: LocalDate | null;
  /** The raw text of `b1.2`, or `null` when missing. */
  readonly applicationDateText: string | null;
  /** The variant, detected from the content. */
  readonly format: 'json' | 'xml';
  /** The SHA-256 of the input bytes (the UTF-8 encoding for a string input), as lower-case hex. */
  readonly sha256: string;
  /** The input length in bytes. */
  readonly byteLength: number;
}

/** A parsed My Health Bank medical-class file. */
export interface MedicalFile {
  readonly meta: MedicalFileMeta;
  /** The r0 declaration text shown with the download, or `null` when missing. It is metadata, never a record. */
  readonly declaration: string | null;
  /** The fourteen sections, by lower-case code. */
  readonly sections: MedicalSections;
  /** Top-level keys of `bdata` that are not known sections, verbatim. */
  readonly unknownSections: Readonly<Record<string, unknown>>;
  /** Problems found in the file: values repaired, skipped or kept untyped, in file order. */
  readonly issues: readonly FileIssue[];
  /** The `bdata` object as read, after XML has been converted to the JSON shape. */
  readonly bdata: Readonly<Record<string, unknown>>;
}
