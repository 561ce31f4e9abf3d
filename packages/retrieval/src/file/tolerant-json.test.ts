import { describe, expect, test } from 'vitest';
import { isMhbFormatError, type MhbFormatError, parseMedicalFile } from './index.js';
import { escapeControlCharactersInStrings, lineAndColumn, parseJsonTolerant } from './tolerant-json.js';

// A raw TAB inside r8.10 of a TAB-indented CRLF file, as real downloads carry it.
const TAB_REPORT = [
  '{',
  '\t"myhealthbank": {',
  '\t\t"bdata": {',
  '\t\t\t"b1.1": "Z12345****",',
  '\t\t\t"r8": [{',
  '\t\t\t\t"r8.3": "9900000001",',
  '\t\t\t\t"r8.10": "pure tone audiometry\tR\tWNL\tL\tWNL"',
  '\t\t\t}]',
  '\t\t}',
  '\t}',
  '}',
].join('\r\n');

async function formatError(text: string): Promise<MhbFormatError> {
  try {
    await parseMedicalFile(text, { locale: 'en' });
  } catch (error) {
    if (isMhbFormatError(error)) return error;
    throw error;
  }
  throw new Error('expected an MhbFormatError');
}

describe('parseJsonTolerant', () => {
  test('raw TAB in a report keeps its TABs', async () => {
    const file = await parseMedicalFile(TAB_REPORT);
    expect(file.sections.r8.records[0]?.report).toBe('pure tone audiometry\tR\tWNL\tL\tWNL');
  });

  test('raw TAB repair is one warning', async () => {
    const file = await parseMedicalFile(TAB_REPORT, { locale: 'en' });
    const repaired = file.issues.filter((issue) => issue.code === 'CONTROL_CHARACTERS_REPAIRED');

    expect(repaired).toHaveLength(1);
    expect(repaired[0]?.field).toBe('r8.10');
    expect(repaired[0]?.severity).toBe('warning');
  });

  test('repair message quotes no value', async () => {
    const file = await parseMedicalFile(TAB_REPORT, { locale: 'en' });
    expect(file.issues[0]?.message).not.toContain('audiometry');
  });

  test('escaping every control character globally breaks the file', () => {
    const global = TAB_REPORT.replace(/\t/g, '\\t');
    expect(() => JSON.parse(global)).toThrow();
  });

  test('escaping stays inside strings', () => {
    const { text } = escapeControlCharactersInStrings('{\t"a":\t"x\ty",\r\n"b": "\\"\t"}');
    expect(text).toBe('{\t"a":\t"x\\ty",\r\n"b": "\\"\\t"}');
  });

  test('other control characters become \\u escapes', () => {
    const { text } = escapeControlCharactersInStrings('"a\u0001b\nc\rd"');
    expect(JSON.parse(text)).toBe('a\u0001b\nc\rd');
  });

  test('one issue per repaired field', () => {
    const result = parseJsonTolerant('{"r8":[{"r8.10":"a\tb\tc"},{"r8.10":"d\te"}],"r7":[{"r7.12":"x\ny"}]}', 'en');
    expect(result.repairedFields).toEqual(['r8.10', 'r8.10', 'r7.12']);
  });

  test('truncated file is incomplete', async () => {
    const error = await formatError('{"myhealthbank":{"bdata":{"r1":[');
    expect(error.code).toBe('FILE_INCOMPLETE');
  });

  test('truncated file reports the end position', async () => {
    const error = await formatError('{"myhealthbank":{\n"bdata":{"r1":[');
    expect([error.line, error.column]).toEqual([2, 16]);
  });

  test('truncated string is incomplete', async () => {
    const error = await formatError('{"myhealthbank":{"bdata":{"b1.1":"Z1234');
    expect(error.code).toBe('FILE_INCOMPLETE');
  });

  test('syntax error reports its line and column', async () => {
    const error = await formatError('{"myhealthbank":\r\n  {"bdata": {"b1.1": "Z12345****",}}}');
    expect(error.code).toBe('FILE_INVALID_JSON');
    expect([error.line, error.column]).toEqual([2, 35]);
  });

  test('retry failure reports the original error', async () => {
    // The raw TAB fails first, at line 1; after repair the missing comma fails elsewhere. The first error wins.
    const error = await formatError('{"myhealthbank":{"bdata":{"r8":[{"r8.10":"a\tb"\n"x":1}]}}}');
    expect(error.code).toBe('FILE_INVALID_JSON');
    expect(error.line).toBe(1);
  });

  test('truncated file with raw TABs is incomplete', async () => {
    const error = await formatError('{"myhealthbank":{"bdata":{"r8":[{"r8.10":"a\tb"},');
    expect(error.code).toBe('FILE_INCOMPLETE');
  });

  test('syntax error message quotes no value', async () => {
    const error = await formatError('{"myhealthbank":{"bdata":{"b1.1":"Z12345****" "r1.9":"主診斷名稱"}}}');
    expect(error.message).not.toContain('Z12345');
  });

  test('syntax error keeps no cause', async () => {
    const error = await formatError('{"myhealthbank":{"bdata":{"b1.1":"Z12345****" x}}}');
    expect(error.cause).toBeUndefined();
  });

  test('lineAndColumn counts CRLF as one break', () => {
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
  });
});
