import { describe, expect, test } from 'vitest';
import { isMhbFormatError, type MhbFormatError, parseMedicalFile, SECTION_CODES } from './index.js';
import { jsonText, parseBdata } from './test-support/build-file.js';
import { readFixture } from './test-support/fixtures.js';

describe('parseMedicalFile sections', () => {
  test('upper-case R13 is section r13', async () => {
    const file = await parseBdata({ R13: [{ 'r13.1': '20200421', 'r13.2': '中區虛擬診', 'r13.3': '' }] });
    const section = file.sections.r13;

    expect(section.status).toBe('parsed');
    expect(section.key).toBe('R13');
    expect(section.records[0]?.enrolmentDate).toBe('2020-04-21');
    expect(section.records[0]?.visits).toEqual([]);
    expect(section.records[0]?.closingDate).toBeNull();
  });

  const placeholders: [string, unknown][] = [
    ['無資料 row', [{ r2: '無資料' }]],
    ['upper-case inner key', [{ R2: '無資料' }]],
    ['empty array', []],
    ['查無資料 row', [{ r2: '查無資料' }]],
    ['沒有資料 row', [{ r2: '沒有資料' }]],
    ['bare placeholder text', '無資料'],
    ['lone placeholder object', { r2: '無資料' }],
    ['placeholder with spaces', [{ r2: ' 無資料 ' }]],
  ];
  test.each(placeholders)('%s gives no-data', async (_name, value) => {
    const file = await parseBdata({ r2: value });
    expect(file.sections.r2.status).toBe('no-data');
    expect(file.sections.r2.records).toEqual([]);
  });

  test('R14 placeholder with either inner case', async () => {
    const lower = await parseBdata({ R14: [{ r14: '無資料' }] });
    const upper = await parseBdata({ R14: [{ R14: '無資料' }] });

    expect(lower.sections.r14.status).toBe('no-data');
    expect(upper.sections.r14.status).toBe('no-data');
  });

  test('placeholder raises no issue', async () => {
    const file = await parseBdata({ r2: [{ r2: '無資料' }], R14: [{ R14: '無資料' }] });
    expect(file.issues).toEqual([]);
  });

  test('placeholder rows never reach field access', async () => {
    const file = await parseBdata({ r1: [{ r1: '無資料' }] });
    const dates = file.sections.r1.records.map((record) => record.visitDate);

    expect(dates).toEqual([]);
    expect(file.issues).toEqual([]);
  });

  test('missing sections are absent in JSON', async () => {
    const file = await parseBdata({});
    const statuses = SECTION_CODES.map((code) => file.sections[code].status);
    expect(new Set(statuses)).toEqual(new Set(['absent']));
  });

  test('lone object section is one record', async () => {
    const file = await parseBdata({ r5: { 'r5.1': '20150301', 'r5.2': '2', 'r5.3': '同意安寧緩和醫療' } });
    expect(file.sections.r5.records).toHaveLength(1);
    expect(file.sections.r5.records[0]?.intent).toBe('同意安寧緩和醫療');
  });

  test('lone object nested list is one item', async () => {
    const file = await parseBdata({ r9: [{ 'r9.5': '20251120', r9_1: { 'r9_1.1': 'A003284', 'r9_1.4': '7' } }] });
    expect(file.sections.r9.records[0]?.orders.map((order) => order.orderCode)).toEqual(['A003284']);
  });

  test('r0 is the declaration, not a section', async () => {
    const file = await parseBdata({ r0: [{ r0: '<p>聲明</p>' }] });
    expect(file.declaration).toBe('<p>聲明</p>');
    expect(file.unknownSections).toEqual({});
  });

  test('every section of the fixture parses', async () => {
    const file = await parseMedicalFile(readFixture('all-sections.json'), { locale: 'en' });
    const statuses = SECTION_CODES.map((code) => file.sections[code].status);
    expect(new Set(statuses)).toEqual(new Set(['parsed']));
  });

  test('fixture has only the raw TAB issue', async () => {
    const file = await parseMedicalFile(readFixture('all-sections.json'), { locale: 'en' });
    expect(file.issues.map((issue) => issue.code)).toEqual(['CONTROL_CHARACTERS_REPAIRED']);
  });

  test('raw records round-trip exactly', async () => {
    const bytes = readFixture('all-sections.json');
    const file = await parseMedicalFile(bytes);
    const source = JSON.parse(new TextDecoder().decode(bytes).replace(/\t(R|WNL|L)/g, '\\t$1')) as {
      myhealthbank: { bdata: Record<string, unknown[]> };
    };

    for (const code of SECTION_CODES) {
      const section = file.sections[code];
      const input = source.myhealthbank.bdata[section.key ?? ''] as unknown[];
      section.records.forEach((record) => {
        expect(JSON.stringify(record.raw)).toBe(JSON.stringify(input[record.index]));
      });
    }
  });
});

describe('parseMedicalFile records', () => {
  test('pharmacy dispensing row is kept and marked', async () => {
    const file = await parseBdata({
      r1: [
        {
          'r1.1': '1',
          'r1.3': '9900000002',
          'r1.4': '虛擬藥局',
          'r1.5': '',
          'r1.6': '20260110',
          'r1.7': 'XXXX',
          r1_1: [{ 'r1_1.1': 'AB00000100', 'r1_1.2': '虛擬藥錠', 'r1_1.3': '28.00', 'r1_1.4': '28' }],
        },
      ],
    });
    const record = file.sections.r1.records[0]!;

    expect(record.kind).toBe('pharmacy-dispensing');
    expect(record.eventDate).toBe('2026-01-10');
    expect(record.visitDate).toBeNull();
    expect(record.facilityCode).toBe('9900000002');
    expect(record.orders).toHaveLength(1);
    expect(record.orders[0]?.quantity?.value).toBe(28);
    expect(record.orders[0]?.daysOfSupply?.value).toBe(28);
    expect(file.issues).toEqual([]);
  });

  test('ordinary visit has kind visit', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': '20260105', 'r1.6': '', 'r1.7': '0032' }] });
    expect(file.sections.r1.records[0]?.kind).toBe('visit');
    expect(file.sections.r1.records[0]?.eventDate).toBe('2026-01-05');
  });

  test('empty, null and missing are the same', async () => {
    const file = await parseBdata({
      r1: [
        { 'r1.8': 'J00', 'r1.10': '' },
        { 'r1.8': 'J00', 'r1.10': null },
        { 'r1.8': 'J00' },
        { 'r1.8': 'J00', 'r1.10': '   ' },
        { 'r1.8': 'J00', 'r1.12': '' },
      ],
    });
    const records = file.sections.r1.records;

    expect(records.slice(0, 4).map((record) => record.principalProcedureCode)).toEqual([null, null, null, null]);
    expect(records[4]?.copayment).toBeNull();
    expect(file.issues).toEqual([]);
  });

  const numbers: [
    string,
    string,
    Record<string, unknown>,
    (file: Awaited<ReturnType<typeof parseBdata>>) => unknown,
    number,
    string,
  ][] = [
    [
      'string with decimals',
      'r1',
      { r1: [{ r1_1: [{ 'r1_1.3': '28.00' }] }] },
      (f) => f.sections.r1.records[0]?.orders[0]?.quantity,
      28,
      '28.00',
    ],
    [
      'bare integer',
      'r2',
      { r2: [{ r2_1: [{ 'r2_1.6': 14 }] }] },
      (f) => f.sections.r2.records[0]?.orders[0]?.quantity,
      14,
      '14',
    ],
    ['bare decimal', 'r10', { r10: [{ 'r10.8': 19.7 }] }, (f) => f.sections.r10.records[0]?.bmi, 19.7, '19.7'],
    [
      'zero-padded text',
      'R12',
      { R12: [{ r12_1: [{ 'r12_1.13': '00198.57' }] }] },
      (f) => f.sections.r12.records[0]?.visits[0]?.urineMicroalbumin,
      198.57,
      '00198.57',
    ],
  ];
  test.each(numbers)('number from %s', async (_name, _section, bdata, pick, value, text) => {
    const file = await parseBdata(bdata);
    expect(pick(file)).toEqual({ value, text });
  });

  test('invalid number keeps its text', async () => {
    const file = await parseBdata({ r1: [{ 'r1.12': 'abc' }] });
    expect(file.sections.r1.records[0]?.copayment).toEqual({ value: null, text: 'abc' });
    expect(file.issues.map((issue) => issue.code)).toEqual(['INVALID_NUMBER']);
  });

  test('secondary diagnoses pair code and name', async () => {
    const file = await parseBdata({
      r1: [
        {
          'r1.8': 'J1083',
          'r1.9': '主診斷名稱',
          'r1.10': '06Q40ZZ',
          'r1.11': '主處置名稱',
          'r1.12': '120',
          'r1.13': '539',
          'r1.14': 'J1089',
          'r1.15': '次診斷名稱一',
          'r1.24': '06Q43ZZ',
          'r1.25': '次處置名稱一',
        },
      ],
    });
    const record = file.sections.r1.records[0]!;

    expect([record.principalDiagnosisCode, record.principalDiagnosisName]).toEqual(['J1083', '主診斷名稱']);
    expect(record.secondaryDiagnoses).toEqual([{ code: 'J1089', name: '次診斷名稱一' }]);
    expect([record.principalProcedureCode, record.principalProcedureName]).toEqual(['06Q40ZZ', '主處置名稱']);
    expect(record.secondaryProcedures).toEqual([{ code: '06Q43ZZ', name: '次處置名稱一' }]);
    expect(record.copayment?.value).toBe(120);
    expect(record.paidPoints?.value).toBe(539);
  });

  test('inpatient has 19 + 19 secondary pairs', async () => {
    const record: Record<string, string> = {};
    for (let n = 1; n <= 19; n++) {
      record[`r2.${14 + 2 * n}`] = `D${n}`;
      record[`r2.${52 + 2 * n}`] = `P${n}`;
    }
    const file = await parseBdata({ r2: [record] });

    expect(file.sections.r2.records[0]?.secondaryDiagnoses).toHaveLength(19);
    expect(file.sections.r2.records[0]?.secondaryProcedures.at(-1)).toEqual({ code: 'P19', name: null });
    expect(file.issues).toEqual([]);
  });

  test('dental days are at r3_1.6', async () => {
    const file = await parseBdata({
      r3: [
        {
          r3_1: [
            {
              'r3_1.1': '92014C',
              'r3_1.2': '複雜性拔牙',
              'r3_1.3': '1.00',
              'r3_1.4': '21',
              'r3_1.5': '右上第一顆恆牙',
              'r3_1.6': '0',
            },
          ],
        },
      ],
    });
    const order = file.sections.r3.records[0]!.orders[0]!;

    expect(order.toothCode).toBe('21');
    expect(order.toothName).toBe('右上第一顆恆牙');
    expect(order.quantity?.value).toBe(1);
    expect(order.daysOfSupply?.value).toBe(0);
  });

  test('waist unit is ambiguous with a marked guess', async () => {
    const file = await parseBdata({ r10: [{ 'r10.9': '26.5' }, { 'r10.9': '85' }] });
    const [inches, centimetres] = file.sections.r10.records.map((record) => record.waist);

    expect(inches).toEqual({
      value: 26.5,
      text: '26.5',
      unit: 'ambiguous',
      inferred: { unit: 'inch', centimetres: 67.3 },
    });
    expect(centimetres).toEqual({
      value: 85,
      text: '85',
      unit: 'ambiguous',
      inferred: { unit: 'cm', centimetres: 85 },
    });
  });

  test('r10.14 is cholesterol and r10.15 triglycerides', async () => {
    const file = await parseBdata({ r10: [{ 'r10.14': '233', 'r10.15': '115' }] });
    const record = file.sections.r10.records[0]!;

    expect(record.totalCholesterol?.value).toBe(233);
    expect(record.triglycerides?.value).toBe(115);
  });

  test('r10 result codes are decoded', async () => {
    const file = await parseBdata({ r10: [{ 'r10.12': '2', 'r10.35': '3', 'r10.37': '2', 'r10.18': '9' }] });
    const record = file.sections.r10.records[0]!;

    expect(record.bloodPressureResult).toEqual({
      code: '2',
      zh: '異常，建議：請洽詢醫師',
      en: 'Abnormal, consult a physician',
    });
    expect(record.hbsag?.en).toBe('None or not done');
    expect(record.hepatitisBResult?.zh).toBe('陽性，建議進一步檢查');
    expect(record.lipidResult).toEqual({ code: '9', zh: null, en: null });
    expect(file.issues.map((issue) => [issue.code, issue.field])).toEqual([['UNKNOWN_CODE', 'r10.18']]);
  });

  test('division codes are decoded', async () => {
    const file = await parseBdata({ r7: [{ 'r7.1': '5' }] });
    expect(file.sections.r7.records[0]?.division?.zh).toBe('高屏業務組');
  });

  test('old format without later fields', async () => {
    const old: Record<string, string> = {};
    for (let n = 1; n <= 13; n++) old[`r1.${n}`] = n === 5 ? '20180101' : `v${n}`;
    delete old['r1.12'];
    delete old['r1.13'];
    const allergy: Record<string, string> = { 'r4.1': '20180101' };
    for (let n = 2; n <= 8; n++) allergy[`r4.${n}`] = `v${n}`;

    const file = await parseBdata({ r1: [{ ...old, r1_1: [] }], r4: [allergy] });

    expect(file.sections.r1.records[0]?.secondaryDiagnoses).toEqual([]);
    expect(file.sections.r1.records[0]?.secondaryProcedures).toEqual([]);
    expect(file.sections.r4.records[0]?.severity).toBeNull();
    expect(file.sections.r4.records[0]?.recordingMethod).toBeNull();
    expect(file.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  test('vaccine lot suffix is split off', async () => {
    const file = await parseBdata({
      r6: [{ 'r6.3': '流感疫苗（AB1234）' }, { 'r6.3': '流感疫苗（四價）' }, { 'r6.3': 'B 型肝炎疫苗' }],
    });
    const names = file.sections.r6.records.map((record) => [record.vaccineName, record.lotNumber]);

    expect(names).toEqual([
      ['流感疫苗', 'AB1234'],
      ['流感疫苗（四價）', null],
      ['B 型肝炎疫苗', null],
    ]);
  });

  test('r7 event date falls back to r7.5', async () => {
    const file = await parseBdata({
      r7: [
        { 'r7.5': '20260105', 'r7.6': '' },
        { 'r7.5': '20260105', 'r7.6': '20260106' },
      ],
    });
    expect(file.sections.r7.records.map((record) => record.eventDate)).toEqual(['2026-01-05', '2026-01-06']);
  });

  test('r7 upload time has no zone', async () => {
    const file = await parseBdata({ r7: [{ 'r7.7': '202601061230' }] });
    expect(file.sections.r7.records[0]?.uploadedAt).toBe('2026-01-06T12:30');
  });

  test('r14_1 columns 6 to 9 stay raw and flagged', async () => {
    const file = await parseBdata({
      R14: [
        { r14_1: [{ 'r14_1.5': '陰性', 'r14_1.6': '', 'r14_1.7': '26.00', 'r14_1.8': '27.00', 'r14_1.9': '正常' }] },
      ],
    });
    const visit = file.sections.r14.records[0]!.visits[0]!;

    expect([visit.unconfirmed6, visit.unconfirmed7, visit.unconfirmed8, visit.unconfirmed9]).toEqual([
      null,
      '26.00',
      '27.00',
      '正常',
    ]);
    expect(visit.ambiguousLayout).toBe(true);
  });

  const invalidDates: [string, string, string][] = [
    ['month 13', '20261301', 'INVALID_DATE'],
    ['February 30', '20260230', 'INVALID_DATE'],
    ['ROC in a field', '1150110', 'INVALID_DATE'],
    ['year and month only', '202601', 'PARTIAL_DATE'],
    ['words', '二〇二六', 'INVALID_DATE'],
  ];
  test.each(invalidDates)('date with %s is null with an issue', async (_name, value, code) => {
    const file = await parseBdata({ r1: [{ 'r1.5': value }] });
    const record = file.sections.r1.records[0]!;

    expect(record.visitDate).toBeNull();
    expect(record.raw['r1.5']).toBe(value);
    expect(file.issues.map((issue) => issue.code)).toEqual([code]);
  });

  test('leap day is a valid date', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': '20240229' }] });
    expect(file.sections.r1.records[0]?.visitDate).toBe('2024-02-29');
  });
});

describe('parseMedicalFile nothing lost', () => {
  test('unknown field is kept and reported', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': '20260105', 'r1.99': 'x' }] });
    const record = file.sections.r1.records[0]!;

    expect(record.extra).toEqual({ 'r1.99': 'x' });
    expect(file.issues).toMatchObject([
      { code: 'UNKNOWN_FIELD', severity: 'warning', section: 'r1', index: 0, field: 'r1.99' },
    ]);
  });

  test('unknown section is kept and reported', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': '20260105' }], r15: [{ 'r15.1': 'y' }] });

    expect(file.unknownSections).toEqual({ r15: [{ 'r15.1': 'y' }] });
    expect(file.issues).toMatchObject([{ code: 'UNKNOWN_SECTION', section: 'r15' }]);
    expect(file.sections.r1.records).toHaveLength(1);
  });

  test('unknown field in a list item names its path', async () => {
    const file = await parseBdata({ r1: [{ r1_1: [{}, { 'r1_1.9': 'x' }] }] });
    expect(file.issues[0]?.field).toBe('r1_1[1].r1_1.9');
    expect(file.sections.r1.records[0]?.orders[1]?.extra).toEqual({ 'r1_1.9': 'x' });
  });

  test('record that is not an object becomes an issue', async () => {
    const file = await parseBdata({ r4: ['text', 42, null, [1], { 'r4.1': '20240601' }] });

    expect(file.sections.r4.records.map((record) => record.index)).toEqual([4]);
    expect(file.issues.map((issue) => [issue.code, issue.index])).toEqual([
      ['INVALID_RECORD', 0],
      ['INVALID_RECORD', 1],
      ['INVALID_RECORD', 2],
      ['INVALID_RECORD', 3],
    ]);
  });

  test('wrong value types become issues', async () => {
    const file = await parseBdata({ r1: [{ 'r1.4': { name: 'x' }, 'r1.5': ['20260105'], 'r1.12': true }] });
    const record = file.sections.r1.records[0]!;

    expect([record.facilityName, record.visitDate, record.copayment]).toEqual([null, null, null]);
    expect(file.issues.map((issue) => issue.code)).toEqual(['INVALID_VALUE', 'INVALID_VALUE', 'INVALID_VALUE']);
  });

  test('issue messages quote no value', async () => {
    const file = await parseBdata({ r1: [{ 'r1.5': 'Z12345SECRET', 'r1.12': '主診斷SECRET' }] });
    for (const issue of file.issues) expect(issue.message).not.toContain('SECRET');
  });

  test('issues stop at maxIssues', async () => {
    const records = Array.from({ length: 20 }, () => ({ 'r1.5': 'bad' }));
    const file = await parseBdata({ r1: records }, { maxIssues: 5 });

    expect(file.issues).toHaveLength(6);
    expect(file.issues.at(-1)?.code).toBe('ISSUES_TRUNCATED');
  });

  test('records above maxRecords are rejected', async () => {
    const records = Array.from({ length: 11 }, () => ({ 'r1.5': '20260105' }));
    await expect(parseBdata({ r1: records }, { maxRecords: 10 })).rejects.toMatchObject({
      code: 'FILE_TOO_MANY_RECORDS',
    });
  });

  test('case-insensitive field keys', async () => {
    const file = await parseBdata({ r9: [{ r9_1: [{ 'R9_1.1': 'A003284' }] }] });
    expect(file.sections.r9.records[0]?.orders[0]?.orderCode).toBe('A003284');
    expect(file.issues).toEqual([]);
  });

  test('duplicate section in two cases keeps the first', async () => {
    const file = await parseBdata({ R12: [{ 'r12.1': '20220105' }], r12: [{ 'r12.1': '20230105' }] });

    expect(file.sections.r12.records[0]?.enrolmentDate).toBe('2022-01-05');
    expect(file.unknownSections).toEqual({ r12: [{ 'r12.1': '20230105' }] });
    expect(file.issues.map((issue) => issue.code)).toEqual(['DUPLICATE_SECTION']);
  });
});

describe('parseMedicalFile envelope', () => {
  const wrongRoots: [string, string, string][] = [
    ['number root value', '{"myhealthbank": 123}', 'myhealthbank: number'],
    ['array bdata', '{"myhealthbank": {"bdata": []}}', 'bdata: array'],
    ['missing bdata', '{"myhealthbank": {}}', 'bdata: undefined'],
    ['array root', '["myhealthbank"]', 'root: array'],
  ];
  test.each(wrongRoots)('%s is missing bdata', async (_name, text, found) => {
    const error: unknown = await parseMedicalFile(text, { locale: 'en' }).catch((caught: unknown) => caught);

    expect(isMhbFormatError(error)).toBe(true);
    expect((error as MhbFormatError).code).toBe('FILE_MISSING_BDATA');
    expect((error as Error).message).toContain('missing myhealthbank.bdata'.replace('missing', 'Missing'));
    expect((error as Error).message).toContain(found);
  });

  test('application date b1.2', async () => {
    const file = await parseMedicalFile(jsonText({}));
    expect(file.meta.applicationDate).toBe('2026-01-10');
  });

  test('application date in ROC digits', async () => {
    const file = await parseBdata({ 'b1.2': '1150729' });
    expect(file.meta.applicationDate).toBe('2026-07-29');
  });

  test('application date alias b2.1', async () => {
    const text = JSON.stringify({ myhealthbank: { bdata: { 'b1.1': 'Z12345****', 'b2.1': '20260110' } } });
    const file = await parseMedicalFile(text);
    expect(file.meta.applicationDate).toBe('2026-01-10');
  });

  test('missing masked ID is a warning', async () => {
    const file = await parseMedicalFile('{"myhealthbank":{"bdata":{}}}', { locale: 'en' });
    expect(file.meta.maskedId).toBeNull();
    expect(file.issues.map((issue) => issue.code)).toEqual(['MISSING_MASKED_ID']);
  });
});
