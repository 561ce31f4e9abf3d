import { describe, expect, test } from 'vitest';
import { isMhbFormatError, type MhbFormatError, parseMedicalFile, SECTION_CODES } from './index.js';
import { utf8 } from './test-support/build-file.js';
import { readFixture } from './test-support/fixtures.js';

const XML_CASE = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<myhealthbank><bdata><b1.1>Z12345****</b1.1><b1.2>20260110</b1.2>
<r2>無資料</r2>
<r1><r1.3>9900000001</r1.3><r1.4>A&amp;B 虛擬診所</r1.4><r1.5>20260105</r1.5><r1.10></r1.10>
<r1_1><r1_1.1>AB00000100</r1_1.1><r1_1.4>7</r1_1.4></r1_1>
<r1_1><r1_1.1>00102B</r1_1.1><r1_1.4>0</r1_1.4></r1_1></r1>
<r8><r8.10>line one
line two</r8.10></r8>
</bdata></myhealthbank>`;

const JSON_CASE = JSON.stringify({
  myhealthbank: {
    bdata: {
      'b1.1': 'Z12345****',
      'b1.2': '20260110',
      r2: [{ r2: '無資料' }],
      r1: [
        {
          'r1.3': '9900000001',
          'r1.4': 'A&B 虛擬診所',
          'r1.5': '20260105',
          'r1.10': '',
          r1_1: [
            { 'r1_1.1': 'AB00000100', 'r1_1.4': '7' },
            { 'r1_1.1': '00102B', 'r1_1.4': '0' },
          ],
        },
      ],
      r8: [{ 'r8.10': 'line one\nline two' }],
    },
  },
});

function xml(bdata: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><myhealthbank><bdata><b1.1>Z12345****</b1.1>${bdata}</bdata></myhealthbank>`;
}

async function formatError(text: string, maxDepth?: number): Promise<MhbFormatError> {
  try {
    await parseMedicalFile(text, maxDepth === undefined ? { locale: 'en' } : { locale: 'en', maxDepth });
  } catch (error) {
    if (isMhbFormatError(error)) return error;
    throw error;
  }
  throw new Error('expected an MhbFormatError');
}

describe('xmlToJson', () => {
  test('XML gives the same bdata as JSON', async () => {
    const fromXml = await parseMedicalFile(utf8(XML_CASE));
    const fromJson = await parseMedicalFile(JSON_CASE);
    expect(fromXml.bdata).toEqual(fromJson.bdata);
  });

  test('XML variant is detected', async () => {
    const file = await parseMedicalFile(utf8(XML_CASE));
    expect(file.meta.format).toBe('xml');
  });

  test('XML sections have the expected statuses', async () => {
    const file = await parseMedicalFile(utf8(XML_CASE));
    const statuses = Object.fromEntries(SECTION_CODES.map((code) => [code, file.sections[code].status]));

    expect(statuses).toEqual({
      r1: 'parsed',
      r2: 'no-data',
      r3: 'absent',
      r4: 'absent',
      r5: 'absent',
      r6: 'absent',
      r7: 'absent',
      r8: 'parsed',
      r9: 'not-in-format',
      r10: 'not-in-format',
      r11: 'not-in-format',
      r12: 'not-in-format',
      r13: 'not-in-format',
      r14: 'not-in-format',
    });
  });

  test('XML record has its orders, entity and empty value', async () => {
    const file = await parseMedicalFile(utf8(XML_CASE));
    const record = file.sections.r1.records[0]!;

    expect(record.orders).toHaveLength(2);
    expect(record.facilityName).toBe('A&B 虛擬診所');
    expect(record.raw['r1.10']).toBe('');
    expect(record.principalProcedureCode).toBeNull();
  });

  test('XML keeps newlines in values', async () => {
    const file = await parseMedicalFile(utf8(XML_CASE));
    expect(file.sections.r8.records[0]?.report).toBe('line one\nline two');
  });

  test('CRLF inside a value becomes LF', async () => {
    const file = await parseMedicalFile(xml('<r8><r8.10>a\r\nb\rc</r8.10></r8>'));
    expect(file.sections.r8.records[0]?.report).toBe('a\nb\nc');
  });

  test('leaf whitespace is kept, blank leaves are empty', async () => {
    const file = await parseMedicalFile(xml('<r5><r5.1> 20150301 </r5.1><r5.3>  意願  </r5.3><r5.2> </r5.2></r5>'));
    const record = file.sections.r5.records[0]!;

    expect(record.annotationDate).toBe('2015-03-01');
    expect(record.intent).toBe('  意願  ');
    expect(record.annotationCode).toBeNull();
    expect(record.raw['r5.3']).toBe('  意願  ');
  });

  test('values stay strings', async () => {
    const file = await parseMedicalFile(xml('<R12><r12_1><r12_1.13>00198.57</r12_1.13></r12_1></R12>'));
    expect(file.sections.r12.records[0]?.visits[0]?.raw['r12_1.13']).toBe('00198.57');
  });

  test('numeric character references are decoded', async () => {
    const file = await parseMedicalFile(xml('<r6><r6.3>&#27969;&#x611F;&lt;&gt;&quot;&apos;</r6.3></r6>'));
    expect(file.sections.r6.records[0]?.vaccineName).toBe('流感<>"\'');
  });

  test('self-closing element is empty', async () => {
    const file = await parseMedicalFile(xml('<r1><r1.10/><r1.5>20260105</r1.5></r1>'));
    expect(file.sections.r1.records[0]?.raw['r1.10']).toBe('');
  });

  test('lower-case r12 to r14 and upper-case R12 both read', async () => {
    const file = await parseMedicalFile(xml('<r12><r12.1>20220105</r12.1></r12><R13><r13.1>20200421</r13.1></R13>'));
    expect(file.sections.r12.records[0]?.enrolmentDate).toBe('2022-01-05');
    expect(file.sections.r13.records[0]?.enrolmentDate).toBe('2020-04-21');
  });

  test('XML declaration r0 is read', async () => {
    const file = await parseMedicalFile(xml('<r0>&lt;p&gt;聲明&lt;/p&gt;</r0>'));
    expect(file.declaration).toBe('<p>聲明</p>');
  });

  test('text between child elements is reported', async () => {
    const file = await parseMedicalFile(xml('<r1>Level2<r1.5>20260105</r1.5></r1>'), { locale: 'en' });
    expect(file.issues.map((issue) => issue.code)).toEqual(['UNEXPECTED_TEXT']);
  });

  test('repeated leaf keeps the first value', async () => {
    const file = await parseMedicalFile(xml('<r1><r1.5>20260105</r1.5><r1.5>20260106</r1.5></r1>'), { locale: 'en' });
    expect(file.sections.r1.records[0]?.visitDate).toBe('2026-01-05');
    expect(file.issues.map((issue) => [issue.code, issue.field])).toEqual([['DUPLICATE_ELEMENT', 'r1.5']]);
  });

  test('fixture gives the same records as the JSON fixture', async () => {
    const fromXml = await parseMedicalFile(readFixture('first-eight-sections.xml'));
    const fromJson = await parseMedicalFile(readFixture('all-sections.json'));

    // Raw objects differ where the JSON fixture writes bare numbers; typed values must not.
    const withoutRaw = (key: string, value: unknown) => (key === 'raw' ? undefined : value);
    for (const code of ['r2', 'r3', 'r4', 'r5', 'r6', 'r7'] as const) {
      const xmlRecords = JSON.stringify(fromXml.sections[code].records, withoutRaw);
      const jsonRecords = JSON.stringify(fromJson.sections[code].records, withoutRaw);
      expect(xmlRecords).toBe(jsonRecords);
    }
  });

  test('fixture has no issues', async () => {
    const file = await parseMedicalFile(readFixture('first-eight-sections.xml'));
    expect(file.issues).toEqual([]);
  });

  const malformed: [string, string][] = [
    ['missing end tag slash', '<r1><r1.8>59010<r1.8></r1>'],
    ['wrong end tag', '<r1><r1_1><r1_1.3>1</1_1.3></r1_1></r1>'],
    ['space in tag name', '<r1>< r1_1.3>1</ r1_1.3></r1>'],
  ];
  test.each(malformed)('%s is invalid XML', async (_name, body) => {
    const error = await formatError(xml(body));
    expect(error.code).toBe('FILE_INVALID_XML');
  });

  test('invalid XML reports a line', async () => {
    const error = await formatError(
      '<?xml version="1.0"?>\n<myhealthbank>\n<bdata>\n<r1></r2>\n</bdata></myhealthbank>',
    );
    expect(error.line).toBe(4);
  });

  test('truncated XML is invalid', async () => {
    const error = await formatError('<myhealthbank><bdata><r1><r1.5>2026');
    expect(error.code).toBe('FILE_INVALID_XML');
  });

  test('curly quotes in the declaration are invalid', async () => {
    const error = await formatError('<?xml version=”1.0” encoding=”utf-8”?><myhealthbank><bdata/></myhealthbank>');
    expect(error.code).toBe('FILE_INVALID_XML');
  });

  test('nesting beyond maxDepth is rejected', async () => {
    const deep = `${'<a>'.repeat(50)}${'</a>'.repeat(50)}`;
    const error = await formatError(xml(`<r1>${deep}</r1>`), 20);
    expect(error.code).toBe('FILE_TOO_DEEP');
  });

  test('empty bdata element has no sections', async () => {
    const file = await parseMedicalFile('<myhealthbank><bdata/></myhealthbank>');
    expect(file.sections.r1.status).toBe('absent');
  });

  test('root without bdata is missing bdata', async () => {
    const error = await formatError('<myhealthbank><b1.1>Z12345****</b1.1></myhealthbank>');
    expect(error.code).toBe('FILE_MISSING_BDATA');
  });
});
