import type { MedicalFileInput } from './decode-input.js';
import type { MedicalRecord } from './medical-records.js';
import type { ParseOptions } from './parse-options.js';
import { prepareFile, readSectionItem, sectionItems } from './prepare-file.js';
import { SECTION_CODES } from './sections.js';

/**
 * Yields the typed records of a medical-class file one at a time, section by section (r1 … r14), for large inputs.
 *
 * The whole text is parsed up front, but each typed record is built only when it is requested, so memory contains
 * the parsed JSON and one typed record at a time. Issues are not reported; use {@link parseMedicalFile} for them.
 *
 * @throws {@link MhbFormatError} when the input is not a readable medical-class file, before the first record.
 * @example
 * ```ts
 * for await (const record of iterateMedicalRecords(bytes)) {
 *   if (record.section === 'r7') console.log(record.eventDate, record.result?.value);
 * }
 * ```
 */
export async function* iterateMedicalRecords(
  input: MedicalFileInput,
  options?: ParseOptions,
): AsyncGenerator<MedicalRecord, void, undefined> {
  const prepared = prepareFile(input, options);
  for (const code of SECTION_CODES) {
    const items = sectionItems(prepared.located.sections.get(code)!, prepared);
    for (let index = 0; index < items.list.length; index++) {
      const record = readSectionItem(items, index);
      if (record !== undefined) yield record;
    }
  }
}
