import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  isMhbFormatError,
  iterateMedicalRecords,
  type MedicalRecord,
  parseMedicalFile,
  SECTION_CODES,
} from './index.js';
import { jsonText, utf8 } from './test-support/build-file.js';
import { readFixture } from './test-support/fixtures.js';

const FIXTURE = new TextDecoder().decode(readFixture('all-sections.json'));

/** Parses `input` and returns `ok`, the error code of an MhbFormatError, or rethrows anything else. */
async function outcome(input: Uint8Array | string): Promise<string> {
  try {
    const file = await parseMedicalFile(input, { locale: 'en' });
    for (const code of SECTION_CODES) expect(Array.isArray(file.sections[code].records)).toBe(true);
    return 'ok';
  } catch (error) {
    if (isMhbFormatError(error)) return error.code;
    throw error;
  }
}

const sectionKey = fc.constantFrom(...SECTION_CODES, 'R12', 'R13', 'R14', 'r0', 'r15', 'b1.1', 'b1.2');
const fieldKey = fc.oneof(
  fc.constantFrom('r1.5', 'r1.12', 'r1_1', 'r7.11', 'r7.12', 'r10.9', 'r14_1', 'r2', 'R14'),
  fc.string({ maxLength: 8 }),
);

describe('parseMedicalFile fuzzing', () => {
  test('arbitrary bytes give a result or a format error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        await outcome(bytes);
      }),
      { numRuns: 300 },
    );
  });

  test('bytes after a valid prefix give a result or a format error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), async (tail) => {
        await outcome(new Uint8Array([...utf8('{"myhealthbank":{"bdata":{'), ...tail]));
        await outcome(new Uint8Array([...utf8('<myhealthbank><bdata>'), ...tail]));
      }),
      { numRuns: 200 },
    );
  });

  test('arbitrary JSON as bdata gives a result or a format error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await outcome(JSON.stringify({ myhealthbank: { bdata: value } }));
        await outcome(JSON.stringify({ myhealthbank: value }));
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary sections and records never fail the file', async () => {
    const record = fc.dictionary(fieldKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    const section = fc.oneof(fc.array(fc.oneof(record, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }), record);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(sectionKey, section, { maxKeys: 6 }), async (bdata) => {
        expect(await outcome(jsonText(bdata))).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  test('mutated fixture gives a result or a format error', async () => {
    const mutation = fc.record({
      start: fc.nat({ max: FIXTURE.length }),
      deleteCount: fc.nat({ max: 40 }),
      insert: fc.string({
        maxLength: 8,
        unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\t', '\n', 'x', '無', '\\'),
      }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ start, deleteCount, insert }) => {
        const mutated = FIXTURE.slice(0, start) + insert + FIXTURE.slice(start + deleteCount);
        await outcome(mutated);
      }),
      { numRuns: 300 },
    );
  });

  test('every truncation of the fixture is a format error', async () => {
    const body = FIXTURE.trimEnd();
    for (let end = 1; end < body.length; end += 97) {
      const code = await outcome(body.slice(0, end));
      expect(
        code === 'FILE_INCOMPLETE' || code === 'FILE_UNKNOWN_FORMAT' || code === 'FILE_EMPTY',
        `${end}: ${code}`,
      ).toBe(true);
    }
  });

  test('deep nesting inside a record is kept raw', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"myhealthbank":{"bdata":{"b1.1":"Z12345****","r1":[{"r1.99":${deep}}]}}}`;
    const file = await parseMedicalFile(text);
    expect(file.sections.r1.records[0]?.extra['r1.99']).toBeDefined();
  });

  test('huge string value parses', async () => {
    const report = 'x'.repeat(5_000_000);
    const file = await parseMedicalFile(jsonText({ r8: [{ 'r8.10': report }] }));
    expect(file.sections.r8.records[0]?.report?.length).toBe(5_000_000);
  });

  test('deep XML nesting is a format error', async () => {
    const deep = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    expect(await outcome(`<myhealthbank><bdata><r1>${deep}</r1></bdata></myhealthbank>`)).toBe('FILE_TOO_DEEP');
  });
});

describe('iterateMedicalRecords', () => {
  test('yields every record in section order', async () => {
    const sections: string[] = [];
    for await (const record of iterateMedicalRecords(readFixture('all-sections.json'))) sections.push(record.section);

    const file = await parseMedicalFile(readFixture('all-sections.json'));
    const expected = SECTION_CODES.flatMap((code) => file.sections[code].records.map(() => code));
    expect(sections).toEqual(expected);
  });

  test('yields the same records as parseMedicalFile', async () => {
    const file = await parseMedicalFile(readFixture('all-sections.json'));
    const iterated: MedicalRecord[] = [];
    for await (const record of iterateMedicalRecords(readFixture('all-sections.json'))) iterated.push(record);
    const parsed: MedicalRecord[] = SECTION_CODES.flatMap(
      (code): readonly MedicalRecord[] => file.sections[code].records,
    );
    expect(iterated).toEqual(parsed);
  });

  test('builds records lazily', async () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ 'r1.5': '20260105', 'r1.7': String(i) }));
    const iterator = iterateMedicalRecords(jsonText({ r1: records }));
    const first = await iterator.next();
    await iterator.return();
    expect(first.value).toMatchObject({ section: 'r1', index: 0 });
  });

  test('bad input rejects before the first record', async () => {
    const iterator = iterateMedicalRecords('{"myhealthbank": 123}');
    await expect(iterator.next()).rejects.toMatchObject({ code: 'FILE_MISSING_BDATA' });
  });
});
