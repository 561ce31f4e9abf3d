import { checkCatalog } from '@mhbkit/core';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { SECTION_TABLES } from './fields/section-tables.js';
import {
  FIELD_LABELS,
  FIELD_NAMES,
  FILE_MESSAGES,
  parseMedicalFile,
  RAW_RECORD_SCHEMAS,
  SECTION_CODES,
  SECTION_LABELS,
} from './index.js';
import { readFixture } from './test-support/fixtures.js';

describe('FIELD_LABELS', () => {
  test('r1.5 is the visit date', () => {
    expect(FIELD_LABELS['r1.5']).toMatchObject({ zh: '就醫日期', en: 'Visit date', name: 'visitDate', section: 'r1' });
  });

  test('label counts per section follow the spec', () => {
    const counts = Object.fromEntries(SECTION_CODES.map((code) => [code, 0]));
    for (const label of Object.values(FIELD_LABELS)) {
      if (label.section !== 'basic' && label.list === null) counts[label.section]!++;
    }
    expect(counts).toEqual({
      r1: 27,
      r2: 91,
      r3: 26,
      r4: 12,
      r5: 3,
      r6: 3,
      r7: 12,
      r8: 10,
      r9: 26,
      r10: 42,
      r11: 2,
      r12: 3,
      r13: 3,
      r14: 3,
    });
  });

  test('nested list label counts follow the spec', () => {
    const counts: Record<string, number> = {};
    for (const label of Object.values(FIELD_LABELS)) {
      if (label.list !== null) counts[label.list] = (counts[label.list] ?? 0) + 1;
    }
    expect(counts).toEqual({ r1_1: 4, r2_1: 6, r3_1: 6, r9_1: 4, r11_1: 4, r12_1: 13, r13_1: 10, r14_1: 9 });
  });

  test('every label has both languages', () => {
    const missing = Object.values(FIELD_LABELS).filter((label) => label.zh.trim() === '' || label.en.trim() === '');
    expect(missing).toEqual([]);
  });

  test('property names are unique per table', () => {
    for (const table of Object.values(SECTION_TABLES)) {
      const names = table.fields.map((field) => field.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test('FIELD_NAMES gives property paths', () => {
    expect([FIELD_NAMES['r1.5'], FIELD_NAMES['r1_1.3'], FIELD_NAMES['r2.17']]).toEqual([
      'visitDate',
      'orders[].quantity',
      'secondaryDiagnoses[].name',
    ]);
  });

  test('r10.14 and r10.15 labels follow the spec', () => {
    expect(FIELD_LABELS['r10.14']?.zh).toBe('血脂肪檢查_總膽固醇(TC)');
    expect(FIELD_LABELS['r10.15']?.zh).toBe('血脂肪檢查_三酸甘油酯(TG)');
  });

  test('section labels cover sections and lists', () => {
    expect(Object.keys(SECTION_LABELS)).toHaveLength(22);
    expect(SECTION_LABELS.r12).toMatchObject({ zh: '糖尿病追蹤資料', name: 'sections.r12' });
  });

  test('every typed property of the fixture has a label', async () => {
    const file = await parseMedicalFile(readFixture('all-sections.json'));
    const labelled = new Set(Object.values(FIELD_LABELS).map((label) => label.name));
    const structural = new Set([
      'section',
      'index',
      'raw',
      'extra',
      'kind',
      'eventDate',
      'lotNumber',
      'ambiguousLayout',
    ]);
    const lists = new Set(['secondaryDiagnoses', 'secondaryProcedures', 'orders', 'results', 'visits']);

    for (const code of SECTION_CODES) {
      for (const key of Object.keys(file.sections[code].records[0]!)) {
        if (!structural.has(key) && !lists.has(key)) expect(labelled.has(key), `${code}.${key}`).toBe(true);
      }
    }
  });
});

describe('FILE_MESSAGES', () => {
  test('catalog is complete', () => {
    expect(checkCatalog(FILE_MESSAGES)).toEqual([]);
  });
});

describe('RAW_RECORD_SCHEMAS', () => {
  test('strings, numbers and null are accepted', () => {
    const result = RAW_RECORD_SCHEMAS.r1.safeParse({ 'r1.5': '20260110', 'r1.12': 120, 'r1.10': null });
    expect(result.success).toBe(true);
  });

  test('unknown keys pass through', () => {
    expect(RAW_RECORD_SCHEMAS.r1.parse({ 'r1.99': 'x' })).toEqual({ 'r1.99': 'x' });
  });

  test('an object value is rejected', () => {
    expect(RAW_RECORD_SCHEMAS.r1.safeParse({ 'r1.5': { day: 1 } }).success).toBe(false);
  });

  test('parsed record keeps typed keys', () => {
    const raw = RAW_RECORD_SCHEMAS.r1.parse({ 'r1.5': '20260110', r1_1: [{ 'r1_1.3': '28.00' }] });
    expectTypeOf(raw['r1.5']).toEqualTypeOf<string | number | null | undefined>();
    expect(raw['r1.5']).toBe('20260110');
  });

  test('secondary pair values are checked', () => {
    expect(RAW_RECORD_SCHEMAS.r2.safeParse({ 'r2.16': ['J00'] }).success).toBe(false);
  });

  test('lone nested object is accepted', () => {
    expect(RAW_RECORD_SCHEMAS.r9.safeParse({ r9_1: { 'r9_1.1': 'A003284' } }).success).toBe(true);
  });

  test('every fixture record passes', async () => {
    const file = await parseMedicalFile(readFixture('all-sections.json'));
    for (const code of SECTION_CODES) {
      for (const record of file.sections[code].records) {
        expect(RAW_RECORD_SCHEMAS[code].safeParse(record.raw).success, code).toBe(true);
      }
    }
  });
});
