import type { MedicalFileInput } from './decode-input.js';
import type { MedicalFile, MedicalSections, Section } from './medical-file.js';
import type { MedicalRecord } from './medical-records.js';
import type { ParseOptions } from './parse-options.js';
import { prepareFile, readSectionItem, sectionItems } from './prepare-file.js';
import { SECTION_CODES } from './sections.js';
import { sha256Hex } from './sha256.js';

/**
 * Parses a My Health Bank medical-class file (JSON or XML, detected from the content) into typed, normalized records.
 *
 * Problems inside records (an invalid date, an unknown field, a row that is not an object) do not fail the file:
 * they are listed in `issues`, and every record keeps its raw object. Only the limits in {@link ParseOptions} and an
 * unreadable input raise.
 *
 * @param input - the file's bytes (UTF-8, with or without a byte order mark) or its decoded text.
 * @param options - locale and limits; see {@link ParseOptions}.
 * @throws {@link MhbFormatError} when the input is empty, too large, a zip, not UTF-8, not JSON or XML, truncated, or
 *   has no `myhealthbank.bdata`.
 * @example
 * ```ts
 * import { parseMedicalFile } from '@mhbkit/retrieval';
 *
 * const file = await parseMedicalFile(bytes, { locale: 'en' });
 * for (const visit of file.sections.r1.records) {
 *   console.log(visit.eventDate, visit.kind, visit.orders.length);
 * }
 * ```
 */
export async function parseMedicalFile(input: MedicalFileInput, options?: ParseOptions): Promise<MedicalFile> {
  const prepared = prepareFile(input, options);
  const { located, decoded } = prepared;

  // Runtimes that hash off the main thread (Node.js) overlap the digest with reading the records.
  const sha256 = sha256Hex(decoded.bytes);

  const sections: Record<string, Section> = {};
  for (const code of SECTION_CODES) {
    const section = located.sections.get(code)!;
    const records: MedicalRecord[] = [];
    const items = sectionItems(section, prepared);
    for (let index = 0; index < items.list.length; index++) {
      const record = readSectionItem(items, index);
      if (record !== undefined) records.push(record);
    }
    sections[code] = { code, status: section.status, records, raw: section.raw, key: section.key };
  }

  return {
    meta: {
      maskedId: located.maskedId,
      applicationDate: prepared.applicationDate,
      applicationDateText: located.applicationDateText,
      format: decoded.format,
      sha256: await sha256,
      byteLength: decoded.bytes.length,
    },
    declaration: located.declaration,
    sections: sections as unknown as MedicalSections,
    unknownSections: located.unknownSections,
    issues: prepared.sink.issues,
    bdata: located.bdata,
  };
}
