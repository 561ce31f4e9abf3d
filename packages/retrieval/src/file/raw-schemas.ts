import * as z from 'zod';
import type { FieldDefinition } from './fields/field-kinds.js';
import { SECTION_TABLES, type SectionTable } from './fields/section-tables.js';
import { SECTION_CODES, type SectionCode } from './sections.js';

/** A raw field value: real files write strings, the spec samples bare numbers, the spec prescribes `null`. */
export const RawScalar = z.union([z.string(), z.number(), z.null()]);

/** A raw field value. */
export type RawScalar = z.infer<typeof RawScalar>;

/** A zod schema of one raw record: the file's keys, scalar values, unknown keys passed through. */
export type RawRecordSchema = z.ZodObject<Record<string, z.ZodType>, z.core.$loose>;

function scalarShape(fields: readonly FieldDefinition[], extraKeys: readonly string[] = []): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = RawScalar.optional();
  for (const key of extraKeys) shape[key] = RawScalar.optional();
  return shape;
}

function buildSchema(table: SectionTable): RawRecordSchema {
  const pairKeys =
    table.pairs === undefined
      ? []
      : [...table.pairs.diagnoses, ...table.pairs.procedures].flatMap((pair) => [pair.codeKey, pair.nameKey]);
  const shape = scalarShape(table.fields, pairKeys);

  if (table.nested !== undefined) {
    const item = z.looseObject(scalarShape(table.nested.fields));
    // A lone object where the list belongs is accepted, as the sample in the official JSON specification writes `r9_1` that way.
    shape[table.nested.key] = z.union([z.array(item), item]).optional();
  }
  return z.looseObject(shape);
}

/**
 * A raw zod schema per section, for one record as the file contains it: keys as written (`'r1.5'`), strings, numbers or
 * `null` for every field, the nested list as an array (or a lone object), and unknown keys passed through.
 *
 * The reader does not run these schemas, because it checks the same rules field by field and reports issues instead
 * of rejecting records. They serve callers that validate or store raw records.
 *
 * @example
 * ```ts
 * RAW_RECORD_SCHEMAS.r1.parse({ 'r1.5': '20260110', 'r1_1': [{ 'r1_1.3': '28.00' }] });
 * ```
 */
export const RAW_RECORD_SCHEMAS: Readonly<Record<SectionCode, RawRecordSchema>> = Object.fromEntries(
  SECTION_CODES.map((code) => [code, buildSchema(SECTION_TABLES[code])]),
) as Record<SectionCode, RawRecordSchema>;
