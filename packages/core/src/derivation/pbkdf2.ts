/** A hash function PBKDF2 can use as its HMAC, named as Web Crypto names it. */
export type Pbkdf2Digest = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** The inputs of one PBKDF2 computation. */
export interface Pbkdf2Input {
  /** The password bytes (P). */
  readonly password: Uint8Array;
  /** The salt bytes (S). */
  readonly salt: Uint8Array;
  /** The iteration count (c). */
  readonly iterations: number;
  /** The length of the derived key (dkLen), in bytes. */
  readonly keyLength: number;
  /** The HMAC hash function. */
  readonly digest: Pbkdf2Digest;
}

/**
 * A PBKDF2 implementation. The default, {@link webCryptoPbkdf2}, uses `globalThis.crypto.subtle`; the node package
 * plugs in `node:crypto` through this seam.
 */
export type Pbkdf2Implementation = (input: Pbkdf2Input) => Promise<Uint8Array>;

/**
 * Computes PBKDF2 with Web Crypto (`crypto.subtle.deriveBits`), available in Node 20+, browsers, Deno, Bun and
 * Workers.
 */
export const webCryptoPbkdf2: Pbkdf2Implementation = async (input) => {
  const subtle = globalThis.crypto.subtle;
  const baseKey = await subtle.importKey('raw', toArrayBuffer(input.password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: input.digest, salt: toArrayBuffer(input.salt), iterations: input.iterations },
    baseKey,
    input.keyLength * 8,
  );
  return new Uint8Array(bits);
};

// Web Crypto's typings want an ArrayBuffer-backed view; copy so a view over a SharedArrayBuffer also works.
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}
