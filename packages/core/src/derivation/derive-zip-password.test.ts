import { pbkdf2Sync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiKey } from '../secrets/api-key.js';
import { ServerKey } from '../secrets/server-key.js';
import { deriveZipPassword } from './derive-zip-password.js';
import type { Pbkdf2Implementation } from './pbkdf2.js';

// The dummy example of NHI's SDK manual: password (API key), salt (server key) and the expected zip password.
const VECTOR_API_KEY = '0123456789abcdefghij0123456789ab';
const VECTOR_SERVER_KEY = '0123456789abcdefghij0123456789abcdefghij';
const VECTOR_PASSWORD = '6PZXh9yqau7ZTag3yc33drm/N8ym3ZfcD3MXyyX58Cw=';
// The same inputs with HMAC-SHA256, a mistake one integration shipped.
const VECTOR_SHA256_PASSWORD = 'OlC/FB8C2escdxxr30U3HO+hsOhhdsFL2hMgtqzIbrs=';

const nodePbkdf2: Pbkdf2Implementation = async (input) =>
  new Uint8Array(
    pbkdf2Sync(
      input.password,
      input.salt,
      input.iterations,
      input.keyLength,
      input.digest.replace('-', '').toLowerCase(),
    ),
  );

describe('deriveZipPassword', () => {
  it('matches the SDK manual vector', async () => {
    expect(await deriveZipPassword(VECTOR_API_KEY, VECTOR_SERVER_KEY)).toBe(VECTOR_PASSWORD);
  });

  it('takes secret types', async () => {
    const password = await deriveZipPassword(ApiKey.from(VECTOR_API_KEY), ServerKey.from(VECTOR_SERVER_KEY));
    expect(password).toBe(VECTOR_PASSWORD);
  });

  it('matches the SHA-256 vector when asked', async () => {
    const password = await deriveZipPassword(VECTOR_API_KEY, VECTOR_SERVER_KEY, {
      scheme: 'pbkdf2',
      digest: 'SHA-256',
    });
    expect(password).toBe(VECTOR_SHA256_PASSWORD);
  });

  it('does not default to SHA-256', async () => {
    expect(await deriveZipPassword(VECTOR_API_KEY, VECTOR_SERVER_KEY)).not.toBe(VECTOR_SHA256_PASSWORD);
  });

  it('concatenates in the legacy scheme', async () => {
    const password = await deriveZipPassword('key1', 'server2', { scheme: 'legacy-concat' });
    expect(password).toBe('key1server2');
  });

  it('uses an injected implementation', async () => {
    const password = await deriveZipPassword(VECTOR_API_KEY, VECTOR_SERVER_KEY, {
      scheme: 'pbkdf2',
      pbkdf2: nodePbkdf2,
    });
    expect(password).toBe(VECTOR_PASSWORD);
  });

  it('passes the defaults to the implementation', async () => {
    const seen: unknown[] = [];
    const recording: Pbkdf2Implementation = async (input) => {
      seen.push([input.digest, input.iterations, input.keyLength]);
      return new Uint8Array(input.keyLength);
    };
    await deriveZipPassword('abcd', 'efgh', { scheme: 'pbkdf2', pbkdf2: recording });
    expect(seen).toEqual([['SHA-1', 1000, 32]]);
  });

  it('encodes standard Base64 with padding', async () => {
    const password = await deriveZipPassword('abcd', 'efgh', { scheme: 'pbkdf2', keyLength: 16 });
    expect(password).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it.each([
    ['zero iterations', { iterations: 0 }, 'scheme.iterations'],
    ['fractional iterations', { iterations: 1.5 }, 'scheme.iterations'],
    ['zero key length', { keyLength: 0 }, 'scheme.keyLength'],
    ['huge key length', { keyLength: 1_000_000 }, 'scheme.keyLength'],
  ])('rejects %s', async (_name, options, option) => {
    await expect(deriveZipPassword('abcd', 'efgh', { scheme: 'pbkdf2', ...options })).rejects.toMatchObject({
      code: 'CONFIG_NUMBER_INVALID',
      option,
    });
  });

  it('rejects an empty server key', async () => {
    await expect(deriveZipPassword('abcd', '')).rejects.toMatchObject({ code: 'CONFIG_SECRET_EMPTY' });
  });

  it('agrees with node:crypto on any input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== ''),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (apiKey, serverKey) => {
          const viaWebCrypto = await deriveZipPassword(apiKey, serverKey, { scheme: 'pbkdf2', iterations: 10 });
          const viaNode = await deriveZipPassword(apiKey, serverKey, {
            scheme: 'pbkdf2',
            iterations: 10,
            pbkdf2: nodePbkdf2,
          });
          expect(viaWebCrypto).toBe(viaNode);
        },
      ),
      { numRuns: 50 },
    );
  });
});
