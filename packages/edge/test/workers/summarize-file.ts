import type { MedicalFile } from '@mhbkit/edge';

/** The parts of a parsed file that the workerd test compares with a parse of the same bytes on Node.js. */
export interface FileSummary {
  readonly format: string;
  readonly sha256: string;
  readonly byteLength: number;
  readonly applicationDate: string | null;
  /** Status and record count of every section, e.g. `{ r1: 'parsed:12' }`. */
  readonly sections: Readonly<Record<string, string>>;
  /** Issue codes with their section and field, in file order. */
  readonly issues: readonly string[];
}

/**
 * Summarizes a parsed file without record contents, so a failing comparison prints no health data beyond the
 * synthetic file's dates.
 */
export function summarizeFile(file: MedicalFile): FileSummary {
  const sections: Record<string, string> = {};
  for (const section of Object.values(file.sections)) {
    sections[section.code] = `${section.status}:${section.records.length}`;
  }

  return {
    format: file.meta.format,
    sha256: file.meta.sha256,
    byteLength: file.meta.byteLength,
    applicationDate: file.meta.applicationDateText,
    sections,
    issues: file.issues.map((issue) => `${issue.code}@${issue.section ?? ''}/${issue.field ?? ''}`),
  };
}
