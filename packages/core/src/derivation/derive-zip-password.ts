import { configError } from '../errors/config-error.js';
import { encodeBase64 } from '../internal/base64.js';
import { ApiKey } from '../secrets/api-key.js';
import { ServerKey } from '../secrets/server-key.js';
import { type Pbkdf2Digest, type Pbkdf2Implementation, webCryptoPbkdf2 } from './pbkdf2.js';

/** The PBKDF2 hash of the current scheme: HMAC-SHA1, as in NHI's SDK manual. */
export const ZIP_PASSWORD_DIGEST: Pbkdf2Digest = 'SHA-1';

/** The PBKDF2 iteration count of the current scheme. */
export const ZIP_PASSWORD_ITERATIONS = 1000;

/** The derived key length of the current scheme, in bytes, before Base64 encoding. */
export const ZIP_PASSWORD_KEY_LENGTH = 32;

/**
 * The current zip password scheme, used by NHI SDK builds since 2019-11-20:
 * `Base64(PBKDF2-HMAC-SHA1(UTF-8(apiKey), UTF-8(serverKey), 1000, 32 bytes))`, standard Base64 with padding.
 */
export interface Pbkdf2ZipPasswordScheme {
  /** Selects the PBKDF2 scheme. */
  readonly scheme: 'pbkdf2';
  /** The HMAC hash. @defaultValue `'SHA-1'` ({@link ZIP_PASSWORD_DIGEST}) */
  readonly digest?: Pbkdf2Digest;
  /** The iteration count. @defaultValue `1000` ({@link ZIP_PASSWORD_ITERATIONS}) */
  readonly iterations?: number;
  /** The derived key length in bytes. @defaultValue `32` ({@link ZIP_PASSWORD_KEY_LENGTH}) */
  readonly keyLength?: number;
  /** The PBKDF2 implementation. @defaultValue {@link webCryptoPbkdf2} */
  readonly pbkdf2?: Pbkdf2Implementation;
}

/**
 * The legacy scheme of SDK builds before 2019-11-20: the password is the API key followed by the server key, with no
 * separator. Use it only to open files captured from those builds.
 */
export interface LegacyConcatZipPasswordScheme {
  /** Selects the legacy concatenation scheme. */
  readonly scheme: 'legacy-concat';
}

/** The scheme that derives a zip password from the API key and the server key. */
export type ZipPasswordScheme = Pbkdf2ZipPasswordScheme | LegacyConcatZipPasswordScheme;

const encoder = new TextEncoder();

// Bounds that keep a mistyped option from hanging the process; both are far above any value NHI has used.
const MAX_ITERATIONS = 10_000_000;
const MAX_KEY_LENGTH = 1024;

function checkInteger(option: string, value: number, min: number, max: number): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  throw configError('CONFIG_NUMBER_INVALID', option, undefined, { value: String(value), min, max });
}

/**
 * Derives the password of the zip NHI produced for one file, from the app's API key and the file's server key.
 *
 * @param apiKey - the app's API key (the PBKDF2 password), as an {@link ApiKey} or a raw string.
 * @param serverKey - the `serverKey` delivered with the zip (the PBKDF2 salt), as a {@link ServerKey} or a raw
 *   string.
 * @param scheme - the derivation scheme. @defaultValue `{ scheme: 'pbkdf2' }` with SHA-1, 1000 iterations, 32 bytes
 * @returns the zip password. Treat it as a secret: never log it.
 * @throws {@link MhbConfigError} when either key is empty, or `iterations` or `keyLength` is not a positive integer
 *   in range.
 *
 * @example
 * ```ts
 * const password = await deriveZipPassword(apiKey, serverKey);
 * const legacy = await deriveZipPassword(apiKey, serverKey, { scheme: 'legacy-concat' });
 * ```
 */
export async function deriveZipPassword(
  apiKey: ApiKey | string,
  serverKey: ServerKey | string,
  scheme: ZipPasswordScheme = { scheme: 'pbkdf2' },
): Promise<string> {
  const password = ApiKey.from(apiKey).reveal();
  const salt = ServerKey.from(serverKey).reveal();

  if (scheme.scheme === 'legacy-concat') return password + salt;

  const iterations = scheme.iterations ?? ZIP_PASSWORD_ITERATIONS;
  const keyLength = scheme.keyLength ?? ZIP_PASSWORD_KEY_LENGTH;
  checkInteger('scheme.iterations', iterations, 1, MAX_ITERATIONS);
  checkInteger('scheme.keyLength', keyLength, 1, MAX_KEY_LENGTH);

  const pbkdf2 = scheme.pbkdf2 ?? webCryptoPbkdf2;
  const derived = await pbkdf2({
    password: encoder.encode(password),
    salt: encoder.encode(salt),
    iterations,
    keyLength,
    digest: scheme.digest ?? ZIP_PASSWORD_DIGEST,
  });
  return encodeBase64(derived);
}
