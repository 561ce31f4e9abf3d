/** Section codes of the medical-class file, in lower case. The file writes `R12`–`R14` in upper case. */
export const SECTION_CODES = [
  'r1',
  'r2',
  'r3',
  'r4',
  'r5',
  'r6',
  'r7',
  'r8',
  'r9',
  'r10',
  'r11',
  'r12',
  'r13',
  'r14',
] as const;

/** A section code (`r1` … `r14`), always in lower case. */
export type SectionCode = (typeof SECTION_CODES)[number];

/**
 * How a section appeared in the file.
 *
 * - `parsed`: the section contains records.
 * - `no-data`: the section is present but empty (`[]` or a placeholder such as `無資料`).
 * - `absent`: the section key is missing from a JSON file, or from an XML file for r1–r8.
 * - `not-in-format`: r9–r14 missing from an XML file. XML downloads have been seen without these sections even when
 *   the person has such data, so their absence tells nothing about the data.
 */
export type SectionStatus = 'parsed' | 'no-data' | 'absent' | 'not-in-format';

/** Every {@link SectionStatus}, in the order the command-line tool lists them. */
export const SECTION_STATUSES: readonly SectionStatus[] = ['parsed', 'no-data', 'absent', 'not-in-format'];

/** Sections that XML downloads have been seen to omit. */
export const SECTIONS_MISSING_FROM_XML: ReadonlySet<SectionCode> = new Set(['r9', 'r10', 'r11', 'r12', 'r13', 'r14']);

const SECTION_CODE_SET: ReadonlySet<string> = new Set(SECTION_CODES);

/** Tells whether `key` names a known section, in any letter case. */
export function toSectionCode(key: string): SectionCode | undefined {
  const lower = key.toLowerCase();
  return SECTION_CODE_SET.has(lower) ? (lower as SectionCode) : undefined;
}
