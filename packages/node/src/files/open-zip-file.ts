import { ApiKey, deriveZipPassword, type Locale, ServerKey, type ZipPasswordScheme } from '@mhbkit/core';
import { type OpenedDeliveryZip, openDeliveryZip, type ZipLimits } from '@mhbkit/retrieval';
import { nodePbkdf2, withNodePbkdf2 } from '../crypto/node-pbkdf2.js';
import { MhbNodeError } from '../errors/node-error.js';
import { readFileBytes } from './read-file-bytes.js';

/** Options of {@link openZipFile}. Pass `serverKey` (with an API key) for a delivered zip, or `password`. */
export interface OpenZipFileOptions extends ZipLimits {
  /** The serverKey delivered with the zip, the salt of the password derivation. */
  readonly serverKey?: ServerKey | string;
  /** The app's API key. @defaultValue the `MHB_API_KEY` environment variable */
  readonly apiKey?: ApiKey | string;
  /** The password itself, e.g. the one a user chose when downloading a zip from the My Health Bank website. */
  readonly password?: string;
  /** The derivation scheme. @defaultValue PBKDF2-HMAC-SHA1 computed with {@link nodePbkdf2} */
  readonly scheme?: ZipPasswordScheme;
  /** The phase the API key belongs to; it only appears in the wrong-password message. */
  readonly phase?: string;
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
  /** Aborts the decompression. */
  readonly signal?: AbortSignal;
}

/**
 * Reads a delivered or website zip from disk, decrypts it and returns the My Health Bank file inside, chosen by
 * content. The password is `password` when given, else derived from the API key and `serverKey` with `node:crypto`.
 *
 * @throws {@link MhbNodeError} `NODE_FILE_NOT_FOUND` or `NODE_FILE_READ_FAILED` when the file cannot be read, and
 *   `NODE_ZIP_PASSWORD_MISSING` when neither `password` nor `serverKey` is given.
 * @throws `MhbConfigError` (from `@mhbkit/core`) when `serverKey` is given but no API key is passed or set in
 *   `MHB_API_KEY`.
 * @throws `MhbDecryptError` (from `@mhbkit/retrieval`) when the password does not decrypt the zip.
 * @throws `MhbZipError` (from `@mhbkit/retrieval`) when the zip is corrupt, contains no My Health Bank file, or breaks
 *   a size limit.
 * @example
 * ```ts
 * import { openZipFile } from '@mhbkit/node';
 * import { parseMedicalFile } from '@mhbkit/retrieval';
 *
 * const { content } = await openZipFile('./2020010100000001.zip', { serverKey });
 * const file = await parseMedicalFile(content);
 * ```
 */
export async function openZipFile(path: string, options: OpenZipFileOptions = {}): Promise<OpenedDeliveryZip> {
  const { locale } = options;
  const password = await resolveZipPassword(options);
  const zip = await readFileBytes(path, locale);

  return openDeliveryZip(zip, { ...options, password, locale });
}

/**
 * Returns `password` when given, else derives the zip password from the API key and `serverKey` with `node:crypto`.
 *
 * @throws {@link MhbNodeError} `NODE_ZIP_PASSWORD_MISSING` when neither `password` nor `serverKey` is given.
 * @throws `MhbConfigError` (from `@mhbkit/core`) when no API key is passed or set in `MHB_API_KEY`.
 */
export async function resolveZipPassword(options: OpenZipFileOptions): Promise<string> {
  const { locale } = options;
  if (options.password !== undefined && options.password !== '') return options.password;
  if (options.serverKey === undefined) throw new MhbNodeError('NODE_ZIP_PASSWORD_MISSING', locale);

  const apiKey = ApiKey.from(options.apiKey ?? process.env['MHB_API_KEY'] ?? '', locale);
  const serverKey = ServerKey.from(options.serverKey, locale);
  return deriveZipPassword(apiKey, serverKey, withNodePbkdf2(options.scheme));
}
