import { deriveZipPassword, type Pbkdf2Digest, webCryptoPbkdf2 } from '@mhbkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodePbkdf2 } from './node-pbkdf2.js';

describe('nodePbkdf2', () => {
  it('matches the SDK manual test vector', async () => {
    const password = await deriveZipPassword(
      '0123456789abcdefghij0123456789ab',
      '0123456789abcdefghij0123456789abcdefghij',
      { scheme: 'pbkdf2', pbkdf2: nodePbkdf2 },
    );
    expect(password).toBe('6PZXh9yqau7ZTag3yc33drm/N8ym3ZfcD3MXyyX58Cw=');
  });

  it('equals Web Crypto for any input', async () => {
    const digests: Pbkdf2Digest[] = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 80 }),
        fc.constantFrom(...digests),
        async (password, salt, iterations, keyLength, digest) => {
          const input = { password, salt, iterations, keyLength, digest };
          expect(await nodePbkdf2(input)).toEqual(await webCryptoPbkdf2(input));
        },
      ),
      { numRuns: 60 },
    );
  });
});
