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
export {
  R1_1_FIELDS,
  R1_FIELDS,
  R2_1_FIELDS,
  R2_FIELDS,
  R3_1_FIELDS,
  R3_FIELDS,
  R9_1_FIELDS,
  R9_FIELDS,
} from './fields/claim-fields.js';
export type { FieldDefinition, FieldKind, FieldsOf, FieldValueByKind } from './fields/field-kinds.js';
export { FIELD_LABELS, FIELD_NAMES, type FieldLabel, SECTION_LABELS, type SectionLabel } from './fields/labels.js';
export { R4_FIELDS, R5_FIELDS, R6_FIELDS, R7_FIELDS, R8_FIELDS } from './fields/report-fields.js';
export { R10_FIELDS, R11_1_FIELDS, R11_FIELDS } from './fields/screening-fields.js';
export {
  R12_1_FIELDS,
  R12_FIELDS,
  R13_1_FIELDS,
  R13_FIELDS,
  R14_1_FIELDS,
  R14_FIELDS,
} from './fields/tracking-fields.js';
export { type FingerprintSource, fingerprintRecord } from './fingerprint.js';
export { type FormatErrorCode, isMhbFormatError, MhbFormatError, type MhbFormatErrorOptions } from './format-error.js';
export type { FileIssue, IssueCode } from './issues.js';
export { iterateMedicalRecords } from './iterate-records.js';
export type { Comparator, LabResult, ReferenceRange } from './lab-values.js';
export type { MedicalFile, MedicalFileMeta, MedicalSections, Section } from './medical-file.js';
export type * from './medical-records.js';
export {
  type MergedMedicalFiles,
  type MergedRecord,
  type MergedSection,
  type MergeOptions,
  mergeMedicalFiles,
  type RecordSource,
} from './merge-files.js';
export { FILE_MESSAGES, type FileMessageCode } from './messages.js';
export type { NumericValue, WaistMeasurement } from './numbers.js';
export { parseMedicalFile } from './parse-medical-file.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ISSUES,
  DEFAULT_MAX_RECORDS,
  type ParseOptions,
} from './parse-options.js';
export {
  RAW_RECORD_SCHEMAS,
  type RawItemSchema,
  type RawRecordSchema,
  RawScalar,
  type RawScalarShape,
} from './raw-schemas.js';
export { SECTION_CODES, SECTION_STATUSES, type SectionCode, type SectionStatus } from './sections.js';
