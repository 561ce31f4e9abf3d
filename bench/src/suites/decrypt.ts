import { inflateRawSync } from 'node:zlib';
import { deriveZipPassword, webCryptoPbkdf2 } from '@mhbkit/core';
import { nodePbkdf2 } from '@mhbkit/node';
import { openDeliveryZip } from '@mhbkit/retrieval';
import { buildDeliveryZip, type ZipEncryption } from '@mhbkit/testing';
import { deflatedPayloadOf } from '../deflate-payload.js';
import { fixtureBytes, MB } from '../fixtures.js';
import { type Measurement, measurement } from '../results.js';
import { megabytesPerSecond, type SampleBudget, timePair } from '../timing.js';

/** Settings of the decrypt suite. */
export interface DecryptSuiteOptions {
  /** The size of the file inside the zip, in MB (10^6 bytes). */
  readonly size: number;
  readonly budget: SampleBudget;
  /** Budget of the key derivation pair, which takes about a millisecond per call. */
  readonly derivationBudget: SampleBudget;
  readonly log: (line: string) => void;
}

/** A synthetic API key of 32 hex characters. The bench sends requests only to its local sandbox. */
const API_KEY = '0123456789abcdef0123456789abcdef';
const SERVER_KEY = 'fedcba9876543210fedcba9876543210';
const ENCRYPTIONS: readonly ZipEncryption[] = ['zipcrypto', 'aes'];

/**
 * Measures `openDeliveryZip` (decrypt and inflate) against `node:zlib` `inflateRawSync` of the same deflate
 * stream, for ZipCrypto and AES, and the node:crypto key derivation against the Web Crypto one.
 */
export async function runDecryptSuite(options: DecryptSuiteOptions): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const content = await fixtureBytes({ seed: 'bench-decrypt', targetBytes: options.size * MB });
  const payload = await deflatedPayloadOf(content);
  const password = await deriveZipPassword(API_KEY, SERVER_KEY);

  for (const encryption of ENCRYPTIONS) {
    options.log(`decrypt: ${options.size} MB file in a ${encryption} zip`);
    const { zip } = await buildDeliveryZip({ apiKey: API_KEY, serverKey: SERVER_KEY, content, encryption });
    const name = `decrypt-${encryption}-${options.size}mb`;
    const { taskMs, baselineMs } = await timePair(
      name,
      () => openDeliveryZip(zip, { password }),
      () => inflateRawSync(payload),
      options.budget,
    );
    results.push(
      measurement(
        name,
        `openDeliveryZip of a ${encryption} zip (${zip.length} bytes) vs inflateRawSync of the same ` +
          `deflate stream unencrypted (${payload.length} bytes); MB/s of the ${content.length}-byte content`,
        'MB/s',
        megabytesPerSecond(content.length, taskMs),
        megabytesPerSecond(content.length, baselineMs),
      ),
    );
  }

  options.log('decrypt: zip password derivation');
  const { taskMs, baselineMs } = await timePair(
    'derive-node-vs-webcrypto',
    () => deriveZipPassword(API_KEY, SERVER_KEY, { scheme: 'pbkdf2', pbkdf2: nodePbkdf2 }),
    () => deriveZipPassword(API_KEY, SERVER_KEY, { scheme: 'pbkdf2', pbkdf2: webCryptoPbkdf2 }),
    options.derivationBudget,
  );
  results.push(
    measurement(
      'derive-node-vs-webcrypto',
      'deriveZipPassword (PBKDF2-HMAC-SHA1, 1000 iterations) with nodePbkdf2 vs with webCryptoPbkdf2, ms per call',
      'ms',
      taskMs,
      baselineMs,
    ),
  );
  return results;
}
