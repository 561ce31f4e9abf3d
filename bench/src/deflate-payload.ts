import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter } from '@zip.js/zip.js';

/** The fixed part of a zip local file header, before the name and the extra field (APPNOTE 4.3.7). */
const LOCAL_HEADER_LENGTH = 30;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;

/**
 * Deflates `content` the way the delivery zips are written (zip.js, its default level, no encryption) and returns
 * the raw deflate stream of the one entry. Encryption wraps this same stream, so it is the payload that opening a
 * delivered zip inflates.
 */
export async function deflatedPayloadOf(content: Uint8Array): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
  await writer.add('payload.json', new Uint8ArrayReader(content));
  const zip = await writer.close();

  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  const [entry] = await reader.getEntries();
  await reader.close();
  if (entry === undefined) throw new Error('deflatedPayloadOf: the zip written has no entry');

  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (view.getUint32(entry.offset, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new Error(`deflatedPayloadOf: no local file header at offset ${entry.offset}`);
  }
  const nameLength = view.getUint16(entry.offset + 26, true);
  const extraLength = view.getUint16(entry.offset + 28, true);
  const start = entry.offset + LOCAL_HEADER_LENGTH + nameLength + extraLength;
  return zip.subarray(start, start + entry.compressedSize);
}
