import { describe, expect, test } from 'vitest';
import {
  fingerprintRecord,
  isMhbFormatError,
  type MhbFormatError,
  mergeMedicalFiles,
  parseMedicalFile,
} from './index.js';
import { parseBdata } from './test-support/build-file.js';

const LAB = {
  'r7.3': '9900000001',
  'r7.6': '20260106',
  'r7.7': '202601061230',
  'r7.8': '09015C',
  'r7.10': 'Creatinine',
  'r7.11': '0.92',
};

describe('fingerprintRecord', () => {
  test('key order does not matter', async () => {
    const a = await fingerprintRecord({ section: 'r1', raw: { 'r1.5': '20260105', 'r1.3': '9900000001' } });
    const b = await fingerprintRecord({ section: 'r1', raw: { 'r1.3': '9900000001', 'r1.5': '20260105' } });
    expect(a).toBe(b);
  });

  test('empty forms agree', async () => {
    const prints = await Promise.all(
      [{ 'r1.10': '' }, { 'r1.10': null }, {}, { 'r1.10': '  ' }].map((extra) =>
        fingerprintRecord({ section: 'r1', raw: { 'r1.5': '20260105', ...extra } }),
      ),
    );
    expect(new Set(prints).size).toBe(1);
  });

  test('nested list order does not matter', async () => {
    const a = await fingerprintRecord({ section: 'r1', raw: { r1_1: [{ 'r1_1.1': 'A' }, { 'r1_1.1': 'B' }] } });
    const b = await fingerprintRecord({ section: 'r1', raw: { r1_1: [{ 'r1_1.1': 'B' }, { 'r1_1.1': 'A' }] } });
    expect(a).toBe(b);
  });

  test('r7 rows differing only in upload time agree', async () => {
    const a = await fingerprintRecord({ section: 'r7', raw: LAB });
    const b = await fingerprintRecord({ section: 'r7', raw: { ...LAB, 'r7.7': '202601071015' } });
    expect(a).toBe(b);
  });

  test('r7 rows with different values differ', async () => {
    const a = await fingerprintRecord({ section: 'r7', raw: LAB });
    const b = await fingerprintRecord({ section: 'r7', raw: { ...LAB, 'r7.11': '0.93' } });
    expect(a).not.toBe(b);
  });

  test('section is part of the fingerprint', async () => {
    const a = await fingerprintRecord({ section: 'r1', raw: { x: '1' } });
    const b = await fingerprintRecord({ section: 'r3', raw: { x: '1' } });
    expect(a).not.toBe(b);
  });

  test('fingerprint is SHA-256 hex', async () => {
    expect(await fingerprintRecord({ section: 'r1', raw: {} })).toMatch(/^[0-9a-f]{64}$/);
  });

  test('deep value still fingerprints', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    await expect(fingerprintRecord({ section: 'r1', raw: { 'r1.99': deep } })).resolves.toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('mergeMedicalFiles', () => {
  test('overlapping downloads give each record once', async () => {
    const january = await parseBdata({ r7: [LAB, { ...LAB, 'r7.10': 'BUN', 'r7.11': '12' }] });
    const march = await parseBdata({
      r7: [
        { ...LAB, 'r7.7': '202603011200' },
        { ...LAB, 'r7.10': 'ALT', 'r7.11': '20' },
      ],
    });
    const merged = await mergeMedicalFiles([january, march]);

    expect(merged.sections.r7.records.map((entry) => entry.record.analyteName)).toEqual(['Creatinine', 'BUN', 'ALT']);
    expect(merged.sections.r7.records[0]?.sources).toEqual([
      { file: 0, index: 0 },
      { file: 1, index: 0 },
    ]);
    expect(merged.duplicateCount).toBe(1);
  });

  test('merge is order-independent in content', async () => {
    const a = await parseBdata({ r1: [{ 'r1.5': '20260105' }, { 'r1.5': '20260106' }] });
    const b = await parseBdata({ r1: [{ 'r1.5': '20260106' }, { 'r1.5': '20260107' }] });
    const ab = await mergeMedicalFiles([a, b]);
    const ba = await mergeMedicalFiles([b, a]);

    const prints = (merged: typeof ab) => merged.sections.r1.records.map((entry) => entry.fingerprint).sort();
    expect(prints(ab)).toEqual(prints(ba));
  });

  test('merged status prefers parsed', async () => {
    const a = await parseBdata({ r2: [{ r2: '無資料' }] });
    const b = await parseBdata({ r2: [{ 'r2.5': '20250301' }] });
    const merged = await mergeMedicalFiles([a, b]);
    expect(merged.sections.r2.status).toBe('parsed');
  });

  test('JSON and XML of the same record merge', async () => {
    const fromJson = await parseBdata({ r5: [{ 'r5.1': '20150301', 'r5.2': '2' }] });
    const fromXml = await parseMedicalFile(
      '<myhealthbank><bdata><b1.1>Z12345****</b1.1><r5><r5.2>2</r5.2><r5.1>20150301</r5.1></r5></bdata></myhealthbank>',
    );
    const merged = await mergeMedicalFiles([fromJson, fromXml]);
    expect(merged.sections.r5.records).toHaveLength(1);
  });

  test('different persons are rejected with both IDs', async () => {
    const mine = await parseBdata({ r1: [{ 'r1.5': '20260105' }] });
    const other = await parseBdata({ 'b1.1': 'Y98765****' });
    const error: unknown = await mergeMedicalFiles([mine, other], { locale: 'en' }).catch((caught: unknown) => caught);

    expect(isMhbFormatError(error)).toBe(true);
    expect((error as MhbFormatError).code).toBe('FILE_PERSON_MISMATCH');
    expect((error as Error).message).toContain('Z12345****');
    expect((error as Error).message).toContain('Y98765****');
  });

  test('file without b1.1 is rejected', async () => {
    const mine = await parseBdata({});
    const unknown = await parseMedicalFile('{"myhealthbank":{"bdata":{}}}');
    await expect(mergeMedicalFiles([mine, unknown])).rejects.toMatchObject({ code: 'FILE_PERSON_MISMATCH' });
  });

  test('single file merges to itself', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': '20260105' }] });
    const merged = await mergeMedicalFiles([file]);
    expect(merged.sections.r1.records).toHaveLength(1);
  });
});
