import type { Locale } from '@mhbkit/core';
import type { FieldDefinition, PairDefinition } from './fields/field-kinds.js';
import { SECTION_TABLES, type SectionTable } from './fields/section-tables.js';
import { MhbFormatError } from './format-error.js';
import type { IssueSink } from './issue-sink.js';
import type { CodeAndName, MedicalRecordMap, RawRecord } from './medical-records.js';
import { fileMessage } from './messages.js';
import { isPlaceholder, isPlainObject } from './placeholders.js';
import { readValue } from './read-value.js';
import { finishListItem, finishRecord } from './section-rules.js';
import type { SectionCode } from './sections.js';

/** What reading records needs besides the record itself. */
export interface ReadContext {
  readonly sink: IssueSink;
  readonly maxRecords: number;
}

/** A field table prepared for lookups by key. */
interface CompiledFields {
  readonly fields: readonly FieldDefinition[];
  /** Definitions by key as the spec writes it. */
  readonly byKey: ReadonlyMap<string, FieldDefinition>;
  /** Definitions by lower-case key, for files that write keys in another case (`R9_1.1`). */
  readonly byLowerKey: ReadonlyMap<string, FieldDefinition>;
}

interface CompiledSection extends CompiledFields {
  readonly table: SectionTable;
  readonly pairKeys: ReadonlySet<string>;
  readonly nested: CompiledFields | undefined;
}

/** The mutable place a reader updates per field, so that reading allocates nothing unless an issue is raised. */
interface Place {
  section: string;
  index: number;
  prefix: string | undefined;
  field: string | undefined;
}

function compileFields(fields: readonly FieldDefinition[]): CompiledFields {
  return {
    fields,
    byKey: new Map(fields.map((field) => [field.key, field])),
    byLowerKey: new Map(fields.map((field) => [field.key.toLowerCase(), field])),
  };
}

function compileSection(table: SectionTable): CompiledSection {
  const pairs = table.pairs === undefined ? [] : [...table.pairs.diagnoses, ...table.pairs.procedures];
  return {
    ...compileFields(table.fields),
    table,
    pairKeys: new Set(pairs.flatMap((pair) => [pair.codeKey, pair.nameKey])),
    nested: table.nested === undefined ? undefined : compileFields(table.nested.fields),
  };
}

const COMPILED = new Map<SectionCode, CompiledSection>(
  Object.values(SECTION_TABLES).map((table) => [table.code, compileSection(table)]),
);

/**
 * Returns the items of a section or list value: an array as is, a lone object as a one-element list (the J2 sample
 * writes some sections that way), anything else as a one-element list that the reader then reports.
 */
export function toList(value: unknown, maxRecords: number, section: string, locale: Locale): readonly unknown[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length > maxRecords) {
    throw new MhbFormatError({
      code: 'FILE_TOO_MANY_RECORDS',
      message: fileMessage('FILE_TOO_MANY_RECORDS', locale, { section, maxRecords }),
    });
  }
  return list;
}

/** Reads the fields of `table` from `raw` into `out`, and returns the unknown fields. */
function readFields(
  compiled: CompiledFields,
  raw: RawRecord,
  out: Record<string, unknown>,
  place: Place,
  sink: IssueSink,
  other: (key: string, value: unknown) => boolean,
): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const field of compiled.fields) out[field.name] = null;

  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const field = compiled.byKey.get(key) ?? compiled.byLowerKey.get(key.toLowerCase());
    place.field = key;
    if (field !== undefined) {
      out[field.name] = readValue(field.kind, value, sink, place);
    } else if (!other(key, value)) {
      extra[key] = value;
      sink.add('UNKNOWN_FIELD', 'warning', place);
    }
  }
  place.field = undefined;
  return extra;
}

function readPairs(
  pairs: readonly PairDefinition[],
  values: Record<string, unknown>,
  place: Place,
  sink: IssueSink,
): CodeAndName[] {
  const list: CodeAndName[] = [];
  for (const pair of pairs) {
    place.field = pair.codeKey;
    const code = readValue('code', values[pair.codeKey], sink, place) as string | null;
    place.field = pair.nameKey;
    const name = readValue('text', values[pair.nameKey], sink, place) as string | null;
    if (code !== null || name !== null) list.push({ code, name });
  }
  place.field = undefined;
  return list;
}

function readList(
  compiled: CompiledFields,
  listKey: string,
  value: unknown,
  place: Place,
  context: ReadContext,
): unknown[] {
  const items: unknown[] = [];
  if (value === undefined || value === null || value === '') return items;

  const list = toList(value, context.maxRecords, `${place.section}.${listKey}`, context.sink.locale);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isPlainObject(item)) {
      place.field = `${listKey}[${i}]`;
      context.sink.add('INVALID_RECORD', 'error', place);
      place.field = undefined;
      continue;
    }
    if (isPlaceholder(item, listKey)) continue;

    const out: Record<string, unknown> = { raw: item };
    place.prefix = `${listKey}[${i}].`;
    out.extra = readFields(compiled, item, out, place, context.sink, () => false);
    place.prefix = undefined;
    items.push(finishListItem(listKey, out));
  }
  return items;
}

/**
 * Reads one record of section `code` into its typed form. The record must be a plain object that is not a
 * placeholder; see {@link isPlaceholder}.
 */
export function readRecord<S extends SectionCode>(
  code: S,
  raw: RawRecord,
  index: number,
  context: ReadContext,
): MedicalRecordMap[S] {
  const compiled = COMPILED.get(code)!;
  const nestedKey = compiled.table.nested?.key;
  const place: Place = { section: code, index, prefix: undefined, field: undefined };
  const out: Record<string, unknown> = { section: code, index, raw };

  let pairValues: Record<string, unknown> | undefined;
  let nestedValue: unknown;
  out.extra = readFields(compiled, raw, out, place, context.sink, (key, value) => {
    if (compiled.pairKeys.has(key) || compiled.pairKeys.has(key.toLowerCase())) {
      pairValues ??= {};
      pairValues[key.toLowerCase()] = value;
      return true;
    }
    if (nestedKey !== undefined && key.toLowerCase() === nestedKey) {
      nestedValue = value;
      return true;
    }
    return false;
  });

  const pairs = compiled.table.pairs;
  if (pairs !== undefined) {
    out.secondaryDiagnoses = readPairs(pairs.diagnoses, pairValues ?? {}, place, context.sink);
    out.secondaryProcedures = readPairs(pairs.procedures, pairValues ?? {}, place, context.sink);
  }
  if (compiled.nested !== undefined && compiled.table.nested !== undefined) {
    out[compiled.table.nested.name] = readList(compiled.nested, compiled.table.nested.key, nestedValue, place, context);
  }
  return finishRecord(code, out) as unknown as MedicalRecordMap[S];
}
