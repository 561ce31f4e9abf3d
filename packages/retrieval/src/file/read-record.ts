import type { Locale } from '@mhbkit/core';
import type { FieldDefinition, PairDefinition } from './fields/field-kinds.js';
import { SECTION_TABLES, type SectionTable } from './fields/section-tables.js';
import { MhbFormatError } from './format-error.js';
import type { IssueSink } from './issue-sink.js';
import type { CodeAndName, MedicalRecordMap, RawRecord } from './medical-records.js';
import { fileMessage } from './messages.js';
import { isPlaceholder, isPlainObject } from './placeholders.js';
import { readValue } from './read-value.js';
import { finishListItem, finishRecord, LIST_RULE_KEYS, RECORD_RULE_KEYS } from './section-rules.js';
import type { SectionCode } from './sections.js';

/** Shared state for reading the records of one file. */
export interface ReadContext {
  readonly sink: IssueSink;
  readonly maxRecords: number;
}

/** The `extra` of every record without unknown fields: one frozen object instead of an empty one per record. */
const NO_EXTRA: Readonly<Record<string, unknown>> = Object.freeze({});

/** Every empty list of the records (secondary codes, orders, visits): one frozen array instead of one per record. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** A field table prepared for lookups by key. */
interface CompiledFields {
  readonly fields: readonly FieldDefinition[];
  /**
   * Every property of the typed result, set to `null`. Each result starts as a copy of it, so all results of a table
   * share one object shape instead of growing property by property.
   */
  readonly template: Readonly<Record<string, unknown>>;
  /** Definitions by key as the spec writes it. */
  readonly byKey: ReadonlyMap<string, FieldDefinition>;
  /** Definitions by lower-case key, for files that write keys in another case (`R9_1.1`). */
  readonly byLowerKey: ReadonlyMap<string, FieldDefinition>;
  /** Lower-case keys of secondary pairs and of the nested list, which records read apart from plain fields. */
  readonly specialKeys: ReadonlyMap<string, 'pair' | 'nested'>;
}

interface CompiledSection extends CompiledFields {
  readonly table: SectionTable;
  readonly nested: CompiledFields | undefined;
}

/** The mutable place a reader updates per field, so that reading allocates nothing unless an issue is raised. */
interface Place {
  section: string;
  index: number;
  list: string | undefined;
  item: number | undefined;
  field: string | undefined;
}

function compileFields(
  fields: readonly FieldDefinition[],
  leading: readonly string[],
  trailing: readonly string[],
  specialKeys: ReadonlyMap<string, 'pair' | 'nested'> = new Map(),
): CompiledFields {
  const template: Record<string, unknown> = {};
  for (const key of leading) template[key] = null;
  for (const field of fields) template[field.name] = null;
  for (const key of trailing) template[key] = null;
  return {
    fields,
    // V8 turns an object that gains many properties through computed keys into a slow dictionary, and copies of it
    // stay slow. JSON.parse builds the same object in fast mode, which makes each `{ ...template }` a cheap copy.
    template: JSON.parse(JSON.stringify(template)) as Record<string, unknown>,
    byKey: new Map(fields.map((field) => [field.key, field])),
    byLowerKey: new Map(fields.map((field) => [field.key.toLowerCase(), field])),
    specialKeys,
  };
}

function compileSection(table: SectionTable): CompiledSection {
  const pairs = table.pairs === undefined ? [] : [...table.pairs.diagnoses, ...table.pairs.procedures];
  const trailing = [
    ...(table.pairs === undefined ? [] : ['secondaryDiagnoses', 'secondaryProcedures']),
    ...(table.nested === undefined ? [] : [table.nested.name]),
    ...(RECORD_RULE_KEYS[table.code] ?? []),
  ];
  const nested = table.nested;
  const specialKeys = new Map<string, 'pair' | 'nested'>(
    pairs.flatMap((pair) => [
      [pair.codeKey, 'pair'],
      [pair.nameKey, 'pair'],
    ]),
  );
  if (nested !== undefined) specialKeys.set(nested.key, 'nested');
  return {
    ...compileFields(table.fields, ['section', 'index', 'raw', 'extra'], trailing, specialKeys),
    table,
    nested:
      nested === undefined
        ? undefined
        : compileFields(nested.fields, ['raw', 'extra'], LIST_RULE_KEYS[nested.key] ?? []),
  };
}

const COMPILED = new Map<SectionCode, CompiledSection>(
  Object.values(SECTION_TABLES).map((table) => [table.code, compileSection(table)]),
);

/**
 * Returns the items of a section or list value: an array as is, a lone object as a one-element list (the sample in
 * the official JSON specification writes some sections that way), anything else as a one-element list that the reader
 * then reports.
 */
export function toList(
  value: unknown,
  maxRecords: number,
  section: string,
  locale: Locale,
  listKey?: string,
): readonly unknown[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length > maxRecords) {
    // The message names a nested list as `r1.r1_1`; the name is built only here, not once per record.
    const where = listKey === undefined ? section : `${section}.${listKey}`;
    throw new MhbFormatError({
      code: 'FILE_TOO_MANY_RECORDS',
      message: fileMessage('FILE_TOO_MANY_RECORDS', locale, { section: where, maxRecords }),
    });
  }
  return list;
}

/** Values of keys that are neither plain fields nor unknown: secondary pairs and the nested list. */
interface SpecialValues {
  pairs: Record<string, unknown> | undefined;
  nested: unknown;
}

/**
 * Reads the fields of `compiled` from `raw` into `out`, a copy of the template, and returns the unknown fields.
 * Pair and nested-list keys of a section go to `special` instead.
 */
function readFields(
  compiled: CompiledFields,
  raw: RawRecord,
  out: Record<string, unknown>,
  place: Place,
  sink: IssueSink,
  special: SpecialValues | undefined,
): Readonly<Record<string, unknown>> {
  let extra: Record<string, unknown> | undefined;

  // `for…in` walks the own keys of a parsed object (their prototype has no enumerable keys) without allocating the
  // array `Object.keys` would build for every record.
  for (const key in raw) {
    const value = raw[key];
    const field = compiled.byKey.get(key) ?? compiled.byLowerKey.get(key.toLowerCase());
    place.field = key;
    if (field !== undefined) {
      out[field.name] = readValue(field.kind, value, sink, place);
      continue;
    }

    const lower = special === undefined ? undefined : key.toLowerCase();
    const role = lower === undefined ? undefined : compiled.specialKeys.get(lower);
    if (role === 'pair') {
      special!.pairs ??= {};
      special!.pairs[lower!] = value;
    } else if (role === 'nested') {
      special!.nested = value;
    } else {
      extra ??= {};
      extra[key] = value;
      sink.add('UNKNOWN_FIELD', 'warning', place);
    }
  }
  place.field = undefined;
  return extra ?? NO_EXTRA;
}

function readPairs(
  pairs: readonly PairDefinition[],
  values: Record<string, unknown> | undefined,
  place: Place,
  sink: IssueSink,
): readonly CodeAndName[] {
  if (values === undefined) return NO_ITEMS;

  let list: CodeAndName[] | undefined;
  for (const pair of pairs) {
    place.field = pair.codeKey;
    const code = readValue('code', values[pair.codeKey], sink, place) as string | null;
    place.field = pair.nameKey;
    const name = readValue('text', values[pair.nameKey], sink, place) as string | null;
    if (code === null && name === null) continue;
    list ??= [];
    list.push({ code, name });
  }
  place.field = undefined;
  return list ?? NO_ITEMS;
}

function readList(
  compiled: CompiledFields,
  listKey: string,
  value: unknown,
  place: Place,
  context: ReadContext,
): readonly unknown[] {
  if (value === undefined || value === null || value === '') return NO_ITEMS;

  const list = toList(value, context.maxRecords, place.section, context.sink.locale, listKey);
  let items: unknown[] | undefined;
  place.list = listKey;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    place.item = i;
    if (!isPlainObject(item)) {
      context.sink.add('INVALID_RECORD', 'error', place);
      continue;
    }
    if (isPlaceholder(item, listKey)) continue;

    const out: Record<string, unknown> = { ...compiled.template };
    out.raw = item;
    out.extra = readFields(compiled, item, out, place, context.sink, undefined);
    items ??= [];
    items.push(finishListItem(listKey, out));
  }
  place.list = undefined;
  place.item = undefined;
  return items ?? NO_ITEMS;
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
  const place: Place = { section: code, index, list: undefined, item: undefined, field: undefined };
  const out: Record<string, unknown> = { ...compiled.template };
  out.section = code;
  out.index = index;
  out.raw = raw;

  const special: SpecialValues = { pairs: undefined, nested: undefined };
  out.extra = readFields(compiled, raw, out, place, context.sink, special);

  const pairs = compiled.table.pairs;
  if (pairs !== undefined) {
    out.secondaryDiagnoses = readPairs(pairs.diagnoses, special.pairs, place, context.sink);
    out.secondaryProcedures = readPairs(pairs.procedures, special.pairs, place, context.sink);
  }
  if (compiled.nested !== undefined && compiled.table.nested !== undefined) {
    out[compiled.table.nested.name] = readList(
      compiled.nested,
      compiled.table.nested.key,
      special.nested,
      place,
      context,
    );
  }
  return finishRecord(code, out) as unknown as MedicalRecordMap[S];
}
