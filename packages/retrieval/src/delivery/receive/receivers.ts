import { type Locale, ServerKey } from '@mhbkit/core';
import type { MedicalFile } from '../../file/medical-file.js';
import { MhbDeliveryError } from '../errors.js';
import type { ReceivedFile } from '../redeem/outcome.js';
import { DEFAULT_MAX_COMPRESSED_BYTES } from '../zip/zip-limits.js';
import { openReceivedZip, parseReceivedText, type ReceiveContext } from './open-received-file.js';

/** A pattern B upload: the still-encrypted zip and the serverKey the NHI SDK returned with it. */
export interface UploadedZip {
  /** The zip bytes, e.g. the multipart file part. */
  readonly zip: Uint8Array | ArrayBuffer | Blob;
  /** The serverKey from the SDK's success callback. Surrounding whitespace (a form field's line break) is removed. */
  readonly serverKey: string | ServerKey;
}

/** Options of a single receive call. */
export interface ReceiveOptions {
  /** Aborts the decryption. */
  readonly signal?: AbortSignal;
}

/**
 * @internal Pattern B: decrypts and parses an uploaded zip.
 * @throws {@link MhbDeliveryError} `DELIVERY_SERVER_KEY_INVALID` or `DELIVERY_INPUT_INVALID` for bad input, and the
 *   errors of zip opening and parsing.
 */
export async function receiveUploadedZip(
  upload: UploadedZip,
  context: ReceiveContext,
  options: ReceiveOptions = {},
): Promise<ReceivedFile<MedicalFile>> {
  const { locale } = context;
  const serverKey = readServerKey(upload?.serverKey, locale);
  const zip = await readZipBytes(upload?.zip, context);

  return openReceivedZip(zip, serverKey, context, options.signal);
}

/**
 * @internal Pattern A: parses the plaintext file a phone decrypted and uploaded.
 * @throws {@link MhbDeliveryError} `DELIVERY_INPUT_INVALID` when the input is not text or bytes, and the errors of
 *   parsing.
 */
export async function receivePlaintext(
  input: string | Uint8Array | ArrayBuffer,
  context: ReceiveContext,
): Promise<ReceivedFile<MedicalFile>> {
  if (typeof input === 'string') return parseReceivedText(input, context);
  if (input instanceof Uint8Array) return parseReceivedText(input, context);
  if (input instanceof ArrayBuffer) return parseReceivedText(new Uint8Array(input), context);

  throw new MhbDeliveryError('DELIVERY_INPUT_INVALID', context.locale, {
    name: 'receiveJson input',
    detail:
      context.locale === 'en' ? 'expected a string, Uint8Array or ArrayBuffer' : '應為字串、Uint8Array 或 ArrayBuffer',
  });
}

function readServerKey(value: unknown, locale: Locale | undefined): ServerKey {
  if (value instanceof ServerKey) return value;

  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') {
    const detail = locale === 'en' ? 'missing or empty' : '缺少或為空白';
    throw new MhbDeliveryError('DELIVERY_SERVER_KEY_INVALID', locale, { detail });
  }
  return ServerKey.from(trimmed, locale);
}

async function readZipBytes(value: unknown, context: ReceiveContext): Promise<Uint8Array> {
  const { locale } = context;
  const limit = context.zipLimits?.maxCompressedBytes ?? DEFAULT_MAX_COMPRESSED_BYTES;

  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    // The size is checked before reading, so an oversized upload is never copied into memory.
    if (value.size > limit) {
      throw new MhbDeliveryError('DELIVERY_INPUT_INVALID', locale, {
        name: 'zip',
        detail: locale === 'en' ? `${value.size} bytes, over ${limit}` : `${value.size} 位元組，超過 ${limit}`,
      });
    }
    return new Uint8Array(await value.arrayBuffer());
  }

  throw new MhbDeliveryError('DELIVERY_INPUT_INVALID', locale, {
    name: 'zip',
    detail: locale === 'en' ? 'expected a Uint8Array, ArrayBuffer or Blob' : '應為 Uint8Array、ArrayBuffer 或 Blob',
  });
}
