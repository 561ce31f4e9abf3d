import { readFile } from 'node:fs/promises';
import type { Locale } from '@mhbkit/core';
import { describeFsError, MhbNodeError } from '../errors/node-error.js';

/**
 * Reads a whole file into memory.
 *
 * @throws {@link MhbNodeError} `NODE_FILE_NOT_FOUND` or `NODE_FILE_READ_FAILED`.
 */
export async function readFileBytes(path: string, locale: Locale | undefined): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const reason = describeFsError(error);
    if (reason === 'ENOENT') throw new MhbNodeError('NODE_FILE_NOT_FOUND', locale, { path });
    throw new MhbNodeError('NODE_FILE_READ_FAILED', locale, { path, reason }, error);
  }
}
