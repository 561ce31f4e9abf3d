import { type MedicalFile, type ParseOptions, parseMedicalFile } from '../index.js';

/** Wraps `bdata` in the file envelope and writes it as JSON. */
export function jsonText(bdata: Record<string, unknown>): string {
  return JSON.stringify({ myhealthbank: { bdata: { 'b1.1': 'Z12345****', 'b1.2': '20260110', ...bdata } } });
}

/** Parses a JSON file built from `bdata`, with English messages. */
export function parseBdata(bdata: Record<string, unknown>, options: ParseOptions = {}): Promise<MedicalFile> {
  return parseMedicalFile(jsonText(bdata), { locale: 'en', ...options });
}

/** Encodes `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(text));
}
