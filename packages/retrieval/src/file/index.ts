export {
  ANTIGEN_CODES,
  type CodedValue,
  type CodeListEntry,
  DIVISION_CODES,
  HEPATITIS_RESULT_CODES,
  R10_RESULT_CODES,
} from './code-lists.js';
export { dateFromFileName, type FileNameDate, type LocalDate, type LocalDateTime, parseRocDate } from './dates.js';
export type { MedicalFileInput } from './decode-input.js';
export type { FieldDefinition, FieldKind, FieldsOf, FieldValueByKind } from './fields/field-kinds.js';
export { type FormatErrorCode, isMhbFormatError, MhbFormatError, type MhbFormatErrorOptions } from './format-error.js';
export type { FileIssue, IssueCode } from './issues.js';
export { iterateMedicalRecords } from './iterate-records.js';
export type { Comparator, LabResult, ReferenceRange } from './lab-values.js';
export type { MedicalFile, MedicalFileMeta, MedicalSections, Section } from './medical-file.js';
export type * from './medical-records.js';
export { FILE_MESSAGES } from './messages.js';
export type { NumericValue, WaistMeasurement } from './numbers.js';
export { parseMedicalFile } from './parse-medical-file.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ISSUES,
  DEFAULT_MAX_RECORDS,
  type ParseOptions,
} from './parse-options.js';
export { SECTION_CODES, SECTION_STATUSES, type SectionCode, type SectionStatus } from './sections.js';
