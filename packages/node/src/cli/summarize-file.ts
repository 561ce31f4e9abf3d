import {
  FIELD_LABELS,
  type FieldLabel,
  type MedicalFile,
  SECTION_CODES,
  type SectionCode,
  type SectionStatus,
} from '@mhbkit/retrieval';

/** The `--json` output of `mhb inspect`. Its shape is part of the command's contract. */
export interface InspectReport {
  readonly meta: { readonly maskedId: string | null; readonly appliedDate: string | null; readonly format: string };
  readonly sections: Record<SectionCode, { readonly status: SectionStatus; readonly records: number }>;
  readonly issues: readonly {
    readonly code: string;
    readonly section: string | null;
    readonly index: number | null;
    readonly field: string | null;
  }[];
}

/** One row of the `mhb inspect` table. */
export interface SectionRow {
  readonly code: SectionCode;
  readonly status: SectionStatus;
  readonly records: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly issues: number;
}

/** Builds the `--json` report of a parsed file. */
export function buildInspectReport(file: MedicalFile): InspectReport {
  const sections = {} as Record<SectionCode, { status: SectionStatus; records: number }>;
  for (const code of SECTION_CODES) {
    const section = file.sections[code];
    sections[code] = { status: section.status, records: section.records.length };
  }

  return {
    meta: { maskedId: file.meta.maskedId, appliedDate: file.meta.applicationDate, format: file.meta.format },
    sections,
    issues: file.issues.map((issue) => ({
      code: issue.code,
      section: issue.section ?? null,
      index: issue.index ?? null,
      field: issue.field ?? null,
    })),
  };
}

/** Record-level date fields of each section, in spec order; the first one dates a record without `eventDate`. */
const DATE_FIELDS: ReadonlyMap<SectionCode, readonly FieldLabel[]> = new Map(
  SECTION_CODES.map((code) => [
    code,
    Object.values(FIELD_LABELS).filter(
      (label) => label.section === code && label.list === null && label.kind === 'date',
    ),
  ]),
);

/** Returns the date a record is about: its `eventDate`, else its first date field that contains a date. */
function recordDate(code: SectionCode, record: object): string | null {
  const values = record as Record<string, unknown>;
  if (typeof values['eventDate'] === 'string') return values['eventDate'];

  for (const label of DATE_FIELDS.get(code) ?? []) {
    const value = values[label.name];
    if (typeof value === 'string') return value;
  }
  return null;
}

/** Builds the table rows of `mhb inspect`: counts, date range and issue count per section. */
export function buildSectionRows(file: MedicalFile): SectionRow[] {
  return SECTION_CODES.map((code) => {
    const section = file.sections[code];
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    for (const record of section.records) {
      const date = recordDate(code, record);
      if (date === null) continue;
      // ISO dates (`YYYY-MM-DD`) sort as text.
      if (firstDate === null || date < firstDate) firstDate = date;
      if (lastDate === null || date > lastDate) lastDate = date;
    }

    const issues = file.issues.filter((issue) => issue.section === code).length;
    return { code, status: section.status, records: section.records.length, firstDate, lastDate, issues };
  });
}
