import type { LocalDate } from './dates.js';
import type {
  R1_1_FIELDS,
  R1_FIELDS,
  R2_1_FIELDS,
  R2_FIELDS,
  R3_1_FIELDS,
  R3_FIELDS,
  R9_1_FIELDS,
  R9_FIELDS,
} from './fields/claim-fields.js';
import type { FieldsOf } from './fields/field-kinds.js';
import type { R4_FIELDS, R5_FIELDS, R6_FIELDS, R7_FIELDS, R8_FIELDS } from './fields/report-fields.js';
import type { R10_FIELDS, R11_1_FIELDS, R11_FIELDS } from './fields/screening-fields.js';
import type {
  R12_1_FIELDS,
  R12_FIELDS,
  R13_1_FIELDS,
  R13_FIELDS,
  R14_1_FIELDS,
  R14_FIELDS,
} from './fields/tracking-fields.js';
import type { SectionCode } from './sections.js';

/** A record or list item exactly as the file contains it, after XML has been converted to the JSON shape. */
export type RawRecord = Readonly<Record<string, unknown>>;

/** The raw parts every typed record and list item keeps from the file. */
export interface RawParts {
  /** The record as the file contains it: the same object, never a copy, so `JSON.stringify(raw)` gives the input back. */
  readonly raw: RawRecord;
  /** Fields the spec does not define, verbatim, under the keys the file uses. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** The position of a record in the file. */
export interface RecordPosition<S extends SectionCode> extends RawParts {
  /** The section code, in lower case. */
  readonly section: S;
  /** The 0-based index of the record in the section's array, counting placeholders and skipped items. */
  readonly index: number;
}

/** A secondary diagnosis or procedure: a code and its name. */
export interface CodeAndName {
  readonly code: string | null;
  readonly name: string | null;
}

/** Secondary diagnoses and procedures of a claim, in file order, without empty pairs. */
export interface SecondaryCodes {
  readonly secondaryDiagnoses: readonly CodeAndName[];
  readonly secondaryProcedures: readonly CodeAndName[];
}

/** An order of an outpatient claim (r1_1). */
export type OutpatientOrder = RawParts & FieldsOf<typeof R1_1_FIELDS>;
/** An order of an inpatient stay (r2_1). */
export type InpatientOrder = RawParts & FieldsOf<typeof R2_1_FIELDS>;
/** An order of a dental claim (r3_1). */
export type DentalOrder = RawParts & FieldsOf<typeof R3_1_FIELDS>;
/** An order of a TCM claim (r9_1). */
export type TcmOrder = RawParts & FieldsOf<typeof R9_1_FIELDS>;
/** A result of a cancer screening (r11_1). */
export type ScreeningResult = RawParts & FieldsOf<typeof R11_1_FIELDS>;
/** A visit of the diabetes program (r12_1). */
export type DiabetesVisit = RawParts & FieldsOf<typeof R12_1_FIELDS>;
/** A visit of the kidney disease program (r13_1). */
export type KidneyVisit = RawParts & FieldsOf<typeof R13_1_FIELDS>;

/** A visit of the hepatitis program (r14_1). */
export type HepatitisVisit = RawParts &
  FieldsOf<typeof R14_1_FIELDS> & {
    /** `true` when any of r14_1.6–r14_1.9 has a value, whose meaning the spec leaves unconfirmed. */
    readonly ambiguousLayout: boolean;
  };

/**
 * A Western-medicine outpatient claim (r1).
 *
 * Prescriptions filled at a community pharmacy appear as rows with an empty r1.5, the dispensing date in r1.6 and
 * `XXXX` in r1.7; they have `kind: 'pharmacy-dispensing'` and their `eventDate` is r1.6.
 */
export type OutpatientRecord = RecordPosition<'r1'> &
  FieldsOf<typeof R1_FIELDS> &
  SecondaryCodes & {
    readonly kind: 'visit' | 'pharmacy-dispensing';
    /** The visit date r1.5, or the dispensing date r1.6 when r1.5 is empty. */
    readonly eventDate: LocalDate | null;
    readonly orders: readonly OutpatientOrder[];
  };

/** An inpatient stay (r2). */
export type InpatientRecord = RecordPosition<'r2'> &
  FieldsOf<typeof R2_FIELDS> &
  SecondaryCodes & { readonly orders: readonly InpatientOrder[] };

/** A dental outpatient claim (r3). */
export type DentalRecord = RecordPosition<'r3'> &
  FieldsOf<typeof R3_FIELDS> &
  SecondaryCodes & { readonly orders: readonly DentalOrder[] };

/** A drug allergy (r4). */
export type AllergyRecord = RecordPosition<'r4'> & FieldsOf<typeof R4_FIELDS>;

/** An organ-donation or hospice-care intent (r5). */
export type CareIntentRecord = RecordPosition<'r5'> & FieldsOf<typeof R5_FIELDS>;

/**
 * An immunization (r6). `vaccineName` is r6.3 without a trailing lot number in full-width parentheses, which moves
 * to `lotNumber`; the raw record keeps the full text.
 */
export type ImmunizationRecord = RecordPosition<'r6'> &
  FieldsOf<typeof R6_FIELDS> & {
    /** The lot number split off the end of r6.3, or `null`. */
    readonly lotNumber: string | null;
  };

/** A lab or exam result (r7). */
export type LabResultRecord = RecordPosition<'r7'> &
  FieldsOf<typeof R7_FIELDS> & {
    /** The test date r7.6, or the visit date r7.5 when r7.6 is empty. */
    readonly eventDate: LocalDate | null;
  };

/** An imaging or pathology report (r8). */
export type ImagingReportRecord = RecordPosition<'r8'> &
  FieldsOf<typeof R8_FIELDS> & {
    /** The exam date r8.6, or the visit date r8.5 when r8.6 is empty. */
    readonly eventDate: LocalDate | null;
  };

/** A traditional Chinese medicine outpatient claim (r9). */
export type TcmRecord = RecordPosition<'r9'> &
  FieldsOf<typeof R9_FIELDS> &
  SecondaryCodes & { readonly orders: readonly TcmOrder[] };

/** An adult preventive health check (r10). */
export type PreventiveCheckRecord = RecordPosition<'r10'> & FieldsOf<typeof R10_FIELDS>;

/** A cancer screening (r11). */
export type CancerScreeningRecord = RecordPosition<'r11'> &
  FieldsOf<typeof R11_FIELDS> & { readonly results: readonly ScreeningResult[] };

/** A diabetes care-program enrolment (R12). `visits` is empty when the file has no r12_1 list. */
export type DiabetesTrackingRecord = RecordPosition<'r12'> &
  FieldsOf<typeof R12_FIELDS> & { readonly visits: readonly DiabetesVisit[] };

/** An early chronic kidney disease care-program enrolment (R13). */
export type KidneyTrackingRecord = RecordPosition<'r13'> &
  FieldsOf<typeof R13_FIELDS> & { readonly visits: readonly KidneyVisit[] };

/** A hepatitis B/C care-program enrolment (R14). */
export type HepatitisTrackingRecord = RecordPosition<'r14'> &
  FieldsOf<typeof R14_FIELDS> & { readonly visits: readonly HepatitisVisit[] };

/** The typed record of each section. */
export interface MedicalRecordMap {
  r1: OutpatientRecord;
  r2: InpatientRecord;
  r3: DentalRecord;
  r4: AllergyRecord;
  r5: CareIntentRecord;
  r6: ImmunizationRecord;
  r7: LabResultRecord;
  r8: ImagingReportRecord;
  r9: TcmRecord;
  r10: PreventiveCheckRecord;
  r11: CancerScreeningRecord;
  r12: DiabetesTrackingRecord;
  r13: KidneyTrackingRecord;
  r14: HepatitisTrackingRecord;
}

/** A typed record of any section; narrow it with `record.section`. */
export type MedicalRecord = MedicalRecordMap[SectionCode];
