import { pbkdf2 } from 'node:crypto';
import type { Pbkdf2Digest, Pbkdf2Implementation, Pbkdf2ZipPasswordScheme, ZipPasswordScheme } from '@mhbkit/core';

const NODE_DIGESTS: Record<Pbkdf2Digest, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/**
 * Computes PBKDF2 with `node:crypto`, which runs on libuv's thread pool instead of the main thread. Plug it into
 * core's `deriveZipPassword` through the scheme's `pbkdf2` option; it returns the same bytes as `webCryptoPbkdf2`.
 *
 * @example
 * ```ts
 * const password = await deriveZipPassword(apiKey, serverKey, { scheme: 'pbkdf2', pbkdf2: nodePbkdf2 });
 * ```
 */
export const nodePbkdf2: Pbkdf2Implementation = (input) =>
  new Promise((resolve, reject) => {
    pbkdf2(input.password, input.salt, input.iterations, input.keyLength, NODE_DIGESTS[input.digest], (error, key) => {
      if (error === null) resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
      else reject(error);
    });
  });

/**
 * Fills in {@link nodePbkdf2} as the PBKDF2 implementation of a zip password scheme, unless the caller chose one or
 * the legacy scheme, which needs none.
 *
 * @param scheme - the scheme. @defaultValue PBKDF2-HMAC-SHA1, 1000 iterations, 32 bytes
 */
export function withNodePbkdf2(scheme: ZipPasswordScheme | undefined): ZipPasswordScheme {
  if (scheme === undefined) return { scheme: 'pbkdf2', pbkdf2: nodePbkdf2 };
  if (scheme.scheme !== 'pbkdf2') return scheme;
  const withNode: Pbkdf2ZipPasswordScheme = { ...scheme, pbkdf2: scheme.pbkdf2 ?? nodePbkdf2 };
  return withNode;
}
