import { type ApiKey, deriveZipPassword, type ZipPasswordScheme } from '@mhbkit/core';
import { MhbTestingError } from '../errors/testing-error.js';
import { DEFAULT_APPLICATION_DATE } from '../generator/options.js';
import { deriveRandom } from '../generator/random.js';
import type { GenerationSummary } from '../generator/summary.js';
import { writeSingleEntryZip, type ZipContent, type ZipEncryption } from './zip-entry.js';

/** Options of {@link buildDeliveryZip}. */
export interface DeliveryZipOptions {
  /** The app's API key, the password input of the key derivation. */
  readonly apiKey: ApiKey | string;
  /** The server key, the salt of the key derivation. @defaultValue 32 lower-case hex characters drawn from `seed` */
  readonly serverKey?: string;
  /** The seed of the server key and the file-name digits. @defaultValue the generator seed, else `1` */
  readonly seed?: number | string;
  /** The member's content: generator options or ready bytes. @defaultValue `{}` (a default generated JSON file) */
  readonly content?: ZipContent;
  /** The encryption. @defaultValue `'zipcrypto'`, the method seen in SDK deliveries */
  readonly encryption?: ZipEncryption;
  /** The password derivation. @defaultValue PBKDF2-HMAC-SHA1, 1000 iterations, 32 bytes, Base64 */
  readonly passwordScheme?: ZipPasswordScheme;
  /** The `yyyyMMdd` that starts the 16-digit name. @defaultValue the file's application date */
  readonly date?: string;
}

/** An encrypted zip as the NHI SDK delivers it. */
export interface DeliveryZip {
  /** The zip bytes. */
  readonly zip: Uint8Array;
  /** The zip name, 16 digits and `.zip`, e.g. `2026011000000001.zip`. */
  readonly fileName: string;
  /** The member name, the same 16 digits and `.json` (`.xml` for an XML file). */
  readonly entryName: string;
  /** The server key that, with the API key, derives the zip password. */
  readonly serverKey: string;
  /** The generator's summary, when the content was generated. */
  readonly summary: GenerationSummary | undefined;
}

const SERVER_KEY = /^[0-9a-f]{32}$/;

/**
 * Builds the zip an SDK delivery carries: one `<16 digits>.json` in a zip of the same name, encrypted with the
 * password derived from the API key and the server key (the real derivation from `@mhbkit/core`).
 *
 * @throws {@link MhbTestingError} `GENERATOR_INVALID_OPTION` for a server key that is not 32 lower-case hex
 *   characters, a malformed date or invalid generator options.
 * @example
 * ```ts
 * const delivery = await buildDeliveryZip({ apiKey: sandbox.apiKey, content: { seed: 3, visits: 20 } });
 * const opened = await openDeliveryZip(delivery.zip, { apiKey: sandbox.apiKey, serverKey: delivery.serverKey });
 * ```
 */
export async function buildDeliveryZip(options: DeliveryZipOptions): Promise<DeliveryZip> {
  const content = options.content ?? {};
  const generated = content instanceof Uint8Array ? undefined : content;
  const seed = options.seed ?? generated?.seed ?? 1;
  const random = deriveRandom(seed, 'delivery-zip');
  const serverKey = options.serverKey ?? random.hex(32);
  const date = options.date ?? generated?.applicationDate ?? DEFAULT_APPLICATION_DATE;

  if (!SERVER_KEY.test(serverKey)) {
    throw new MhbTestingError({
      code: 'GENERATOR_INVALID_OPTION',
      params: {
        option: 'serverKey',
        value: `${serverKey.length} characters`,
        hint: 'Use 32 lower-case hex characters.',
      },
    });
  }
  if (!/^\d{8}$/.test(date)) {
    throw new MhbTestingError({
      code: 'GENERATOR_INVALID_OPTION',
      params: { option: 'date', value: date, hint: 'Use yyyyMMdd, e.g. 20260110.' },
    });
  }

  const digits = `${date}${random.digits(8)}`;
  const extension = generated?.format === 'xml' ? 'xml' : 'json';
  const password = await deriveZipPassword(options.apiKey, serverKey, options.passwordScheme);
  const entryName = `${digits}.${extension}`;
  const { zip, summary } = await writeSingleEntryZip(entryName, content, password, options.encryption ?? 'zipcrypto');

  return { zip, fileName: `${digits}.zip`, entryName, serverKey, summary };
}
