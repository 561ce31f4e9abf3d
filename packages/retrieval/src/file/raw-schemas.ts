import * as z from 'zod';
import {
  R1_1_FIELDS,
  R1_FIELDS,
  R2_1_FIELDS,
  R2_FIELDS,
  R3_1_FIELDS,
  R3_FIELDS,
  R9_1_FIELDS,
  R9_FIELDS,
  SECONDARY_PAIRS,
} from './fields/claim-fields.js';
import type { FieldDefinition, PairDefinition } from './fields/field-kinds.js';
import { R4_FIELDS, R5_FIELDS, R6_FIELDS, R7_FIELDS, R8_FIELDS } from './fields/report-fields.js';
import { R10_FIELDS, R11_1_FIELDS, R11_FIELDS } from './fields/screening-fields.js';
import {
  R12_1_FIELDS,
  R12_FIELDS,
  R13_1_FIELDS,
  R13_FIELDS,
  R14_1_FIELDS,
  R14_FIELDS,
} from './fields/tracking-fields.js';

/** A raw field value: real files write strings, the spec samples bare numbers, the spec prescribes `null`. */
export const RawScalar = z.union([z.string(), z.number(), z.null()]);

/** A raw field value. */
export type RawScalar = z.infer<typeof RawScalar>;

/** The zod shape of a table's keys, each an optional {@link RawScalar}. */
export type RawScalarShape<T extends readonly FieldDefinition[]> = {
  [F in T[number] as F['key']]: z.ZodOptional<typeof RawScalar>;
};

/** A zod schema of one raw list item of a table, with unknown keys passed through. */
export type RawItemSchema<T extends readonly FieldDefinition[]> = z.ZodObject<RawScalarShape<T>, z.core.$loose>;

/** A zod schema of one raw record: its own keys, and its nested list as an array or a lone object. */
export type RawRecordSchema<
  T extends readonly FieldDefinition[],
  L extends string = never,
  N extends readonly FieldDefinition[] = [],
> = z.ZodObject<
  RawScalarShape<T> & {
    [K in L]: z.ZodOptional<z.ZodUnion<[z.ZodArray<RawItemSchema<N>>, RawItemSchema<N>]>>;
  },
  z.core.$loose
>;

function scalarShape<const T extends readonly FieldDefinition[]>(fields: T): RawScalarShape<T> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = RawScalar.optional();
  return shape as RawScalarShape<T>;
}

function pairShape(pairs: {
  diagnoses: readonly PairDefinition[];
  procedures: readonly PairDefinition[];
}): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const pair of [...pairs.diagnoses, ...pairs.procedures]) {
    shape[pair.codeKey] = RawScalar.optional();
    shape[pair.nameKey] = RawScalar.optional();
  }
  return shape;
}

function flatSchema<const T extends readonly FieldDefinition[]>(fields: T): RawRecordSchema<T> {
  return z.looseObject(scalarShape(fields)) as unknown as RawRecordSchema<T>;
}

function nestedSchema<
  const T extends readonly FieldDefinition[],
  const L extends string,
  const N extends readonly FieldDefinition[],
>(
  fields: T,
  listKey: L,
  listFields: N,
  pairs?: { diagnoses: readonly PairDefinition[]; procedures: readonly PairDefinition[] },
): RawRecordSchema<T, L, N> {
  const item = z.looseObject(scalarShape(listFields));
  // A lone object where the list belongs is accepted, as the sample in the official JSON specification writes `r9_1`
  // that way. Secondary pair keys are checked at run time but typed only through the pass-through of unknown keys.
  const shape = {
    ...scalarShape(fields),
    ...(pairs === undefined ? {} : pairShape(pairs)),
    [listKey]: z.union([z.array(item), item]).optional(),
  };
  return z.looseObject(shape) as unknown as RawRecordSchema<T, L, N>;
}

/**
 * A raw zod schema per section, for one record as the file contains it: keys as written (`'r1.5'`), strings, numbers
 * or `null` for every field, the nested list as an array (or a lone object), and unknown keys passed through.
 *
 * The reader does not run these schemas, because it checks the same rules field by field and reports issues instead
 * of rejecting records. They serve callers that validate or store raw records.
 *
 * @example
 * ```ts
 * const raw = RAW_RECORD_SCHEMAS.r1.parse({ 'r1.5': '20260110', r1_1: [{ 'r1_1.3': '28.00' }] });
 * raw['r1.5']; // string | number | null | undefined
 * ```
 */
export const RAW_RECORD_SCHEMAS = {
  r1: nestedSchema(R1_FIELDS, 'r1_1', R1_1_FIELDS, SECONDARY_PAIRS.r1),
  r2: nestedSchema(R2_FIELDS, 'r2_1', R2_1_FIELDS, SECONDARY_PAIRS.r2),
  r3: nestedSchema(R3_FIELDS, 'r3_1', R3_1_FIELDS, SECONDARY_PAIRS.r3),
  r4: flatSchema(R4_FIELDS),
  r5: flatSchema(R5_FIELDS),
  r6: flatSchema(R6_FIELDS),
  r7: flatSchema(R7_FIELDS),
  r8: flatSchema(R8_FIELDS),
  r9: nestedSchema(R9_FIELDS, 'r9_1', R9_1_FIELDS, SECONDARY_PAIRS.r9),
  r10: flatSchema(R10_FIELDS),
  r11: nestedSchema(R11_FIELDS, 'r11_1', R11_1_FIELDS),
  r12: nestedSchema(R12_FIELDS, 'r12_1', R12_1_FIELDS),
  r13: nestedSchema(R13_FIELDS, 'r13_1', R13_1_FIELDS),
  r14: nestedSchema(R14_FIELDS, 'r14_1', R14_1_FIELDS),
} as const;
