import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { generateMedicalFileChunks } from '../generator/generate.js';
import type { GeneratorOptions } from '../generator/options.js';
import type { GenerationSummary } from '../generator/summary.js';

/** The zip encryption: traditional PKWARE ZipCrypto (seen in SDK deliveries) or WinZip AES-256. */
export type ZipEncryption = 'zipcrypto' | 'aes';

/** The content of a zip member: generator options (the file is generated and streamed in) or ready bytes. */
export type ZipContent = GeneratorOptions | Uint8Array;

/** Wraps a chunk iterator in a web stream, so zip.js compresses a large file without holding it whole. */
function streamOf(chunks: Iterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

/**
 * Writes a zip with one member, encrypted with `password` when one is given. Returns the zip and, for generated
 * content, the generator's summary.
 */
export async function writeSingleEntryZip(
  entryName: string,
  content: ZipContent,
  password: string | undefined,
  encryption: ZipEncryption,
): Promise<{ zip: Uint8Array; summary: GenerationSummary | undefined }> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), {
    useWebWorkers: false,
    ...(password === undefined
      ? {}
      : { password, zipCrypto: encryption === 'zipcrypto', encryptionStrength: 3 as const }),
  });

  if (content instanceof Uint8Array) {
    await writer.add(entryName, new Uint8ArrayReader(content));
    return { zip: await writer.close(), summary: undefined };
  }

  const chunks = generateMedicalFileChunks(content);
  await writer.add(entryName, streamOf(chunks));
  return { zip: await writer.close(), summary: chunks.summary };
}
