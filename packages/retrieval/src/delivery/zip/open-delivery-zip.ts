import type { Locale } from '@mhbkit/core';
import {
  configure,
  type Entry,
  ERR_ENCRYPTED,
  ERR_INVALID_PASSWORD,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  type FileEntry,
  Uint8ArrayReader,
  ZipReader,
} from '@zip.js/zip.js';
import { MhbDecryptError, MhbZipError, type ZipEncryption } from '../errors.js';
import { BoundedSink } from './bounded-sink.js';
import { decodeEntryName } from './decode-entry-name.js';
import { zipJsErrorMessages } from './zip-js-error.js';
import { type ResolvedZipLimits, resolveZipLimits, type ZipLimits } from './zip-limits.js';

/** Options of {@link openDeliveryZip}. */
export interface OpenDeliveryZipOptions extends ZipLimits {
  /**
   * The zip password, usually from core's `deriveZipPassword`. Omit it only for zips without encryption.
   */
  readonly password?: string | undefined;
  /** The phase the password belongs to; it only appears in the wrong-password message. */
  readonly phase?: string | undefined;
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale | undefined;
  /** Aborts the decompression. */
  readonly signal?: AbortSignal | undefined;
}

/** The My Health Bank file found in a delivered zip. */
export interface OpenedDeliveryZip {
  /** The member name, decoded for display. It is metadata only: the entry was chosen by content. */
  readonly entryName: string;
  /** The decrypted, inflated bytes of the entry. */
  readonly content: Uint8Array;
  /** The encryption of the entry, reported so a change in NHI's zips shows up in logs. */
  readonly encryption: ZipEncryption;
  /** The number of entries in the zip, folders included. */
  readonly entryCount: number;
}

/** The marker that identifies a My Health Bank file: its JSON root key or XML root element. */
const MARKER = new TextEncoder().encode('myhealthbank');

let configured = false;

/**
 * Opens a delivered zip and returns the one entry that contains a My Health Bank file.
 *
 * Every file entry is decrypted and inflated under the size limits, and the entry whose content contains
 * `myhealthbank` is chosen; the member name is never trusted because NHI changes it with every production.
 * Both ZipCrypto and WinZip AES are supported.
 *
 * @throws {@link MhbDecryptError} `ZIP_WRONG_PASSWORD` when the password does not decrypt an entry.
 * @throws {@link MhbZipError} `ZIP_CORRUPT`, `ZIP_EMPTY`, `ZIP_AMBIGUOUS` (two candidates), `ZIP_UNSUPPORTED`,
 * or a limit code: `ZIP_TOO_LARGE`, `ZIP_TOO_MANY_ENTRIES`, `ZIP_ENTRY_TOO_LARGE`, `ZIP_RATIO_EXCEEDED`.
 *
 * @example
 * ```ts
 * const password = await deriveZipPassword(apiKey, serverKey);
 * const { content, encryption } = await openDeliveryZip(zipBytes, { password, phase: 'test' });
 * ```
 */
export async function openDeliveryZip(
  zip: Uint8Array,
  options: OpenDeliveryZipOptions = {},
): Promise<OpenedDeliveryZip> {
  const limits = resolveZipLimits(options);
  const { locale } = options;

  if (zip.byteLength > limits.maxCompressedBytes) {
    throw new MhbZipError('ZIP_TOO_LARGE', locale, { size: zip.byteLength, limit: limits.maxCompressedBytes });
  }

  if (!configured) {
    // A library must not start web workers of its own; they are also missing on workerd.
    configure({ useWebWorkers: false });
    configured = true;
  }

  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false, decodeText: decodeEntryName });
  try {
    const entries = await readEntries(reader, locale);
    if (entries.length > limits.maxEntries) {
      throw new MhbZipError('ZIP_TOO_MANY_ENTRIES', locale, { entries: entries.length, limit: limits.maxEntries });
    }

    const candidates: OpenedDeliveryZip[] = [];
    let budget = limits.maxUncompressedBytes;
    for (const entry of entries) {
      if (entry.directory) continue;

      const content = await readEntry(entry, limits, budget, options);
      budget -= content.byteLength;
      if (containsMarker(content)) {
        candidates.push({
          entryName: entry.filename,
          content,
          encryption: encryptionOf(entry),
          entryCount: entries.length,
        });
      }
    }

    if (candidates.length > 1) throw new MhbZipError('ZIP_AMBIGUOUS', locale, { count: candidates.length });
    const [chosen] = candidates;
    if (chosen === undefined) throw new MhbZipError('ZIP_EMPTY', locale, { entries: entries.length });
    return chosen;
  } finally {
    await reader.close();
  }
}

async function readEntries(reader: ZipReader<unknown>, locale: Locale | undefined): Promise<Entry[]> {
  try {
    return await reader.getEntries();
  } catch (error) {
    throw new MhbZipError('ZIP_CORRUPT', locale, { detail: describe(error) }, error);
  }
}

async function readEntry(
  entry: FileEntry,
  limits: ResolvedZipLimits,
  budget: number,
  options: OpenDeliveryZipOptions,
): Promise<Uint8Array> {
  const { locale } = options;
  const name = entry.filename;

  // Declared sizes are checked first, so an honest bomb is rejected before any inflating. The sink checks the real
  // sizes too, because a crafted header can understate them.
  if (entry.uncompressedSize > Math.min(limits.maxUncompressedBytes, budget)) {
    throw new MhbZipError('ZIP_ENTRY_TOO_LARGE', locale, { entry: name, limit: limits.maxUncompressedBytes });
  }
  const ratioBytes = Math.max(entry.compressedSize, 1) * limits.maxCompressionRatio;
  if (entry.uncompressedSize > ratioBytes) {
    throw new MhbZipError('ZIP_RATIO_EXCEEDED', locale, { entry: name, limit: limits.maxCompressionRatio });
  }

  const sink = new BoundedSink(Math.min(limits.maxUncompressedBytes, budget), ratioBytes);
  try {
    await entry.getData(sink.stream, {
      ...(options.password === undefined ? {} : { password: options.password }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      useWebWorkers: false,
      checkCrc32: true,
    });
  } catch (error) {
    if (sink.overflow === 'size') {
      throw new MhbZipError('ZIP_ENTRY_TOO_LARGE', locale, { entry: name, limit: limits.maxUncompressedBytes });
    }
    if (sink.overflow === 'ratio') {
      throw new MhbZipError('ZIP_RATIO_EXCEEDED', locale, { entry: name, limit: limits.maxCompressionRatio });
    }
    throw translateEntryError(error, entry, options);
  }
  return sink.bytes();
}

function translateEntryError(error: unknown, entry: FileEntry, options: OpenDeliveryZipOptions): unknown {
  const { locale } = options;
  const messages = zipJsErrorMessages(error);
  const message = messages[0] ?? '';

  if (options.signal?.aborted) return error;
  // The password check comes first because some runtimes wrap it in an invalid compressed data error.
  if (messages.includes(ERR_INVALID_PASSWORD) || messages.includes(ERR_ENCRYPTED)) {
    return new MhbDecryptError({
      entry: entry.filename,
      encryption: encryptionOf(entry),
      phase: options.phase,
      locale,
      cause: error,
    });
  }
  if (message === ERR_UNSUPPORTED_ENCRYPTION || message === ERR_UNSUPPORTED_COMPRESSION) {
    return new MhbZipError('ZIP_UNSUPPORTED', locale, { entry: entry.filename, detail: message }, error);
  }
  // NOTE: a wrong ZipCrypto password passes the one-byte header check about once in 256 tries, and then fails here
  // as a CRC or inflate error, so it is reported as ZIP_CORRUPT.
  return new MhbZipError('ZIP_CORRUPT', locale, { detail: describe(error) }, error);
}

function encryptionOf(entry: Entry): ZipEncryption {
  if (!entry.encrypted) return 'none';
  return entry.zipCrypto ? 'zipcrypto' : 'aes';
}

/** Searches the bytes for the ASCII marker, ignoring letter case, so UTF-8 JSON and XML both match. */
function containsMarker(content: Uint8Array): boolean {
  const first = MARKER[0]!;
  const last = content.byteLength - MARKER.byteLength;
  for (let start = 0; start <= last; start++) {
    if ((content[start]! | 0x20) !== first) continue;

    let index = 1;
    while (index < MARKER.byteLength && (content[start + index]! | 0x20) === MARKER[index]) index++;
    if (index === MARKER.byteLength) return true;
  }
  return false;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
