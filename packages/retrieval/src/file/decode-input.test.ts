import { describe, expect, test } from 'vitest';
import { decodeInput } from './decode-input.js';
import { isMhbFormatError, type MhbFormatError, parseMedicalFile } from './index.js';
import { utf8 } from './test-support/build-file.js';

const MINIMAL = '{"myhealthbank":{"bdata":{"b1.1":"Z12345****","b1.2":"20260110"}}}';
const BOM = [0xef, 0xbb, 0xbf];

async function formatError(input: Uint8Array | ArrayBuffer | string, maxBytes?: number): Promise<MhbFormatError> {
  try {
    await parseMedicalFile(input, maxBytes === undefined ? { locale: 'en' } : { locale: 'en', maxBytes });
  } catch (error) {
    if (isMhbFormatError(error)) return error;
    throw error;
  }
  throw new Error('expected an MhbFormatError');
}

describe('decodeInput', () => {
  test('BOM is dropped before parsing', async () => {
    const withBom = await parseMedicalFile(new Uint8Array([...BOM, ...utf8(MINIMAL)]));
    const without = await parseMedicalFile(utf8(MINIMAL));

    expect(withBom.bdata).toEqual(without.bdata);
    expect(withBom.meta.maskedId).toBe('Z12345****');
    expect(withBom.meta.byteLength).toBe(MINIMAL.length + 3);
  });

  test('BOM in a string input is dropped', async () => {
    const file = await parseMedicalFile(`\uFEFF${MINIMAL}`);
    expect(file.meta.format).toBe('json');
  });

  test('ArrayBuffer input', async () => {
    const buffer = new ArrayBuffer(MINIMAL.length);
    new Uint8Array(buffer).set(utf8(MINIMAL));
    const file = await parseMedicalFile(buffer);
    expect(file.meta.maskedId).toBe('Z12345****');
  });

  test('CRLF and TAB indentation', async () => {
    const text = '{\r\n\t"myhealthbank": {\r\n\t\t"bdata": {\r\n\t\t\t"b1.1": "Z12345****"\r\n\t\t}\r\n\t}\r\n}\r\n';
    const file = await parseMedicalFile(text);
    expect(file.meta.maskedId).toBe('Z12345****');
  });

  test('sha256 of the input bytes', async () => {
    const file = await parseMedicalFile(utf8(MINIMAL));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(MINIMAL)));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(file.meta.sha256).toBe(hex);
  });

  test('detection reads content, not names', () => {
    expect(decodeInput(`  ${MINIMAL}`, 1000, 'en').format).toBe('json');
    expect(decodeInput('<?xml version="1.0"?>\n<myhealthbank><bdata/></myhealthbank>', 1000, 'en').format).toBe('xml');
  });

  test('root name beyond 2 KB is not detected', async () => {
    const error = await formatError(`${' '.repeat(2100)}${MINIMAL}`);
    expect(error.code).toBe('FILE_UNKNOWN_FORMAT');
  });

  const rejected: [string, Uint8Array | string, string][] = [
    ['empty bytes', new Uint8Array(), 'FILE_EMPTY'],
    ['empty string', '', 'FILE_EMPTY'],
    ['whitespace only', utf8(' \r\n\t'), 'FILE_EMPTY'],
    ['BOM only', new Uint8Array(BOM), 'FILE_EMPTY'],
    ['zip archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'FILE_IS_ZIP'],
    ['empty zip archive', new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0]), 'FILE_IS_ZIP'],
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'FILE_UTF16'],
    ['UTF-16 BE', new Uint8Array([0xfe, 0xff, 0x00, 0x7b]), 'FILE_UTF16'],
    ['Big5 bytes', new Uint8Array([...utf8('{"myhealthbank":"'), 0xb0, 0xb7, 0x22, 0x7d]), 'FILE_INVALID_UTF8'],
    ['lone continuation byte', new Uint8Array([0x7b, 0x80]), 'FILE_INVALID_UTF8'],
    ['HTML error page', utf8('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'), 'FILE_IS_HTML'],
    ['HTML without doctype', utf8('\n<html lang="zh-TW"><head></head></html>'), 'FILE_IS_HTML'],
    ['other JSON', utf8('{"data":[1,2,3]}'), 'FILE_UNKNOWN_FORMAT'],
    ['plain text', 'hello', 'FILE_UNKNOWN_FORMAT'],
  ];
  test.each(rejected)('%s is rejected', async (_name, input, code) => {
    const error = await formatError(input);
    expect(error.code).toBe(code);
  });

  test('invalid UTF-8 names the byte offset', async () => {
    const error = await formatError(new Uint8Array([0x7b, 0x22, 0xc3, 0x28]));
    expect(error.message).toContain('byte 2');
  });

  test('bytes above maxBytes are rejected', async () => {
    const error = await formatError(utf8(MINIMAL), 10);
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  test('string above maxBytes is rejected', async () => {
    const error = await formatError(MINIMAL, 10);
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  test('multi-byte string counts UTF-8 bytes', async () => {
    // 20 characters of 3 bytes each: 60 bytes, although the string has 20 code units.
    const error = await formatError('健'.repeat(20), 40);
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  test('messages are localized, zh-TW by default', async () => {
    await expect(parseMedicalFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).rejects.toThrow('zip 壓縮檔');
  });
});
