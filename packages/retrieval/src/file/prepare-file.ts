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

/**
 * Yields the typed records of one section, one at a time. Placeholder rows are skipped; items that are not objects
 * become `INVALID_RECORD` issues.
 */
export function* readSectionRecords(section: LocatedSection, prepared: PreparedFile): Generator<MedicalRecord> {
  if (section.status !== 'parsed') return;

  const context: ReadContext = { sink: prepared.sink, maxRecords: prepared.options.maxRecords };
  const list = toList(section.raw, context.maxRecords, section.code, context.sink.locale);
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (isPlaceholder(item, section.code)) continue;
    if (!isPlainObject(item)) {
      context.sink.add('INVALID_RECORD', 'error', { section: section.code, index });
      continue;
    }

    try {
      yield readRecord(section.code, item, index, context);
    } catch (error) {
      if (isMhbFormatError(error)) throw error;
      // readRecord raises only MhbFormatError for limits. This catch keeps one unforeseen record from failing the file.
      context.sink.add('INVALID_RECORD', 'error', { section: section.code, index });
    }
  }
}
