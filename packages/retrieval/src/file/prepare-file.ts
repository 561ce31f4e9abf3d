import { readApplicationDate } from './dates.js';
import { type DecodedInput, decodeInput, type MedicalFileInput } from './decode-input.js';
import { isMhbFormatError } from './format-error.js';
import { IssueSink } from './issue-sink.js';
import { findBdata, type LocatedFile, type LocatedSection, locateSections } from './locate-sections.js';
import type { MedicalRecord } from './medical-records.js';
import { type ParseOptions, type ResolvedParseOptions, resolveParseOptions } from './parse-options.js';
import { isPlaceholder, isPlainObject } from './placeholders.js';
import { type ReadContext, readRecord, toList } from './read-record.js';
import { parseJsonTolerant } from './tolerant-json.js';
import { xmlToJson } from './xml-to-json.js';

/** A file decoded, parsed to JSON shape and sorted into sections, with no record read yet. */
export interface PreparedFile {
  readonly options: ResolvedParseOptions;
  readonly decoded: DecodedInput;
  readonly located: LocatedFile;
  readonly sink: IssueSink;
  readonly applicationDate: string | null;
}

/**
 * Decodes and parses the input, finds `bdata` and its sections, and reads the basic data.
 *
 * @throws {@link MhbFormatError} when the input is not a readable medical-class file.
 */
export function prepareFile(input: MedicalFileInput, options?: ParseOptions): PreparedFile {
  const resolved = resolveParseOptions(options);
  const decoded = decodeInput(input, resolved.maxBytes, resolved.locale);
  const sink = new IssueSink(resolved.locale, resolved.maxIssues);

  let root: unknown;
  if (decoded.format === 'json') {
    const parsed = parseJsonTolerant(decoded.text, resolved.locale);
    for (const field of parsed.repairedFields) {
      sink.add('CONTROL_CHARACTERS_REPAIRED', 'warning', field === undefined ? {} : { field });
    }
    root = parsed.value;
  } else {
    root = { myhealthbank: xmlToJson(decoded.text, sink, resolved.maxDepth) };
  }

  const bdata = findBdata(root, resolved.locale);
  const located = locateSections(bdata, decoded.format, sink);

  let applicationDate: string | null = null;
  if (located.applicationDateText !== null) {
    const reading = readApplicationDate(located.applicationDateText);
    if (reading.ok) applicationDate = reading.value;
    else sink.add('INVALID_DATE', 'warning', { field: 'b1.2' });
  }
  return { options: resolved, decoded, located, sink, applicationDate };
}

/** The items of one section and what reading them needs. */
export interface SectionItems {
  readonly section: LocatedSection;
  readonly list: readonly unknown[];
  readonly context: ReadContext;
}

/** Returns the items of a section to read; a section that is not `parsed` has none. */
export function sectionItems(section: LocatedSection, prepared: PreparedFile): SectionItems {
  const context: ReadContext = { sink: prepared.sink, maxRecords: prepared.options.maxRecords };
  const list =
    section.status === 'parsed' ? toList(section.raw, context.maxRecords, section.code, context.sink.locale) : [];
  return { section, list, context };
}

/**
 * Reads item `index` of a section into its typed record. Placeholder rows give `undefined`; items that are not objects
 * give `undefined` and an `INVALID_RECORD` issue.
 */
export function readSectionItem(items: SectionItems, index: number): MedicalRecord | undefined {
  const { section, context } = items;
  const item = items.list[index];
  if (isPlaceholder(item, section.code)) return undefined;
  if (!isPlainObject(item)) {
    context.sink.add('INVALID_RECORD', 'error', { section: section.code, index });
    return undefined;
  }

  try {
    return readRecord(section.code, item, index, context);
  } catch (error) {
    if (isMhbFormatError(error)) throw error;
    // readRecord raises only MhbFormatError for limits. This catch keeps one unforeseen record from failing the file.
    context.sink.add('INVALID_RECORD', 'error', { section: section.code, index });
    return undefined;
  }
}
