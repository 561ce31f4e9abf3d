import { type ApiKey, deriveZipPassword, type Locale, type ServerKey, type ZipPasswordScheme } from '@mhbkit/core';
import type { MedicalFile } from '../../file/medical-file.js';
import { parseMedicalFile } from '../../file/parse-medical-file.js';
import type { ParseOptions } from '../../file/parse-options.js';
import { sha256Hex } from '../../file/sha256.js';
import type { DeliveryPhase } from '../phase.js';
import type { ReceivedFile } from '../redeem/outcome.js';
import { openDeliveryZip } from '../zip/open-delivery-zip.js';
import type { ZipLimits } from '../zip/zip-limits.js';

/** @internal What opening and parsing a received file needs from the client. */
export interface ReceiveContext {
  readonly apiKey: ApiKey;
  readonly phase: DeliveryPhase;
  readonly locale?: Locale | undefined;
  readonly passwordScheme?: ZipPasswordScheme | undefined;
  readonly zipLimits?: ZipLimits | undefined;
  readonly parse?: ParseOptions | undefined;
  /** Keep the zip bytes in the result. */
  readonly keepZip?: boolean | undefined;
}

/**
 * @internal Decrypts a zip with the password derived from the API key and `serverKey`, then parses the file in it.
 * @throws the errors of `openDeliveryZip` and `parseMedicalFile`.
 */
export async function openReceivedZip(
  zip: Uint8Array,
  serverKey: ServerKey,
  context: ReceiveContext,
  signal?: AbortSignal,
): Promise<ReceivedFile<MedicalFile> & { zip: NonNullable<ReceivedFile<MedicalFile>['zip']> }> {
  const password = await deriveZipPassword(context.apiKey, serverKey, context.passwordScheme);
  const opened = await openDeliveryZip(zip, {
    ...context.zipLimits,
    password,
    phase: context.phase,
    locale: context.locale,
    signal,
  });
  const parsed = await parseReceivedText(opened.content, context);

  return {
    ...parsed,
    zip: {
      sha256: await sha256Hex(zip),
      byteLength: zip.byteLength,
      encryption: opened.encryption,
      entryName: opened.entryName,
      ...(context.keepZip ? { bytes: zip } : {}),
    },
  };
}

/** @internal Parses plaintext file bytes or text and keeps the original bytes with their hash. */
export async function parseReceivedText(
  input: Uint8Array | string,
  context: ReceiveContext,
): Promise<ReceivedFile<MedicalFile>> {
  const raw = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const file = await parseMedicalFile(raw, {
    ...(context.locale === undefined ? {} : { locale: context.locale }),
    ...context.parse,
  });

  return { phase: context.phase, file, raw, rawSha256: file.meta.sha256 };
}
