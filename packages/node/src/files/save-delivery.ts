import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locale } from '@mhbkit/core';
import { describeFsError, MhbNodeError } from '../errors/node-error.js';
import { writeFileAtomic } from '../internal/atomic-write.js';

/** The parts of a delivery or received file that {@link saveDelivery} reads. */
export interface SavableDelivery {
  /** The file bytes exactly as decrypted or received. */
  readonly raw: Uint8Array;
  /** The parsed file; its format picks the extension. */
  readonly file?: { readonly meta: { readonly format: 'json' | 'xml' } };
}

/** Options of {@link saveDelivery}. */
export interface SaveDeliveryOptions {
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

/** The location and size of a file written by {@link saveDelivery}. */
export interface SavedDelivery {
  /** The absolute path of the saved file. */
  readonly path: string;
  /** The number of bytes written. */
  readonly byteLength: number;
}

/**
 * Saves the raw bytes of a delivery to `<dir>/<sha256>.json` (or `.xml`), atomically: a temporary file in the same
 * directory is written, synced and renamed, so the directory never contains a half-written file. The name is the
 * SHA-256 of the bytes (the delivery's `rawSha256`), so saving a redelivered file again replaces it with identical
 * bytes.
 *
 * The directory is created when missing.
 *
 * @throws {@link MhbNodeError} `NODE_FILE_WRITE_FAILED` when the directory or the file cannot be written.
 * @example
 * ```ts
 * for await (const delivery of client.deliveries({ tickets })) {
 *   await saveDelivery('./deliveries', delivery);
 * }
 * ```
 */
export async function saveDelivery(
  dir: string,
  delivery: SavableDelivery,
  options: SaveDeliveryOptions = {},
): Promise<SavedDelivery> {
  const extension = delivery.file?.meta.format ?? 'json';
  const sha256 = createHash('sha256').update(delivery.raw).digest('hex');
  const path = join(resolve(dir), `${sha256}.${extension}`);

  try {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(path, delivery.raw);
  } catch (error) {
    throw new MhbNodeError('NODE_FILE_WRITE_FAILED', options.locale, { path, reason: describeFsError(error) }, error);
  }
  return { path, byteLength: delivery.raw.byteLength };
}
