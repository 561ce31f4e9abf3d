import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

/** One member of a test zip. */
export interface TestZipEntry {
  readonly name: string;
  readonly content: Uint8Array | string;
  /** Raw name bytes written without the UTF-8 flag, e.g. Big5. */
  readonly rawName?: Uint8Array;
}

/** Options of {@link makeZip}. */
export interface MakeZipOptions {
  readonly password?: string;
  readonly encryption?: 'zipcrypto' | 'aes';
}

/** Builds a real zip with zip.js, encrypted when a password is given. Tests only. */
export async function makeZip(entries: readonly TestZipEntry[], options: MakeZipOptions = {}): Promise<Uint8Array> {
  const rawNames = new Map(entries.filter((entry) => entry.rawName).map((entry) => [entry.name, entry.rawName!]));
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    useWebWorkers: false,
    ...(options.password === undefined
      ? {}
      : { password: options.password, zipCrypto: options.encryption !== 'aes', encryptionStrength: 3 as const }),
    ...(rawNames.size === 0
      ? {}
      : {
          useUnicodeFileNames: false,
          encodeText: (text: string) => rawNames.get(text),
        }),
  });

  for (const entry of entries) {
    const bytes = typeof entry.content === 'string' ? new TextEncoder().encode(entry.content) : entry.content;
    await writer.add(entry.name, new Uint8ArrayReader(bytes));
  }
  return writer.close();
}

/** A minimal synthetic My Health Bank JSON document (masked ID, no real data). */
export const SAMPLE_JSON = JSON.stringify({
  myhealthbank: { bdata: { b1: { 'b1.1': 'Z12345****', 'b1.2': '0750101' } } },
});
