import { resolve } from 'node:path';
import { type MedicalFile, type OpenedDeliveryZip, openDeliveryZip, parseMedicalFile } from '@mhbkit/retrieval';
import { resolveZipPassword } from '../files/open-zip-file.js';
import { readFileBytes } from '../files/read-file-bytes.js';
import { readApiKey } from './api-key-option.js';
import { type CliContext, CliUsageError } from './context.js';

/** How to decrypt a zip input, from the command line. */
export interface ZipKeyOptions {
  readonly 'server-key'?: string | undefined;
  readonly password?: string | undefined;
  readonly 'api-key'?: string | undefined;
}

/** An input file, read and parsed. */
export interface LoadedInput {
  readonly file: MedicalFile;
  /** The file bytes: the input itself, or the entry decrypted from the zip. */
  readonly content: Uint8Array;
  /** The opened zip, when the input was one. */
  readonly zip?: OpenedDeliveryZip;
}

/** Tells whether the bytes start like a zip (a local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

/**
 * Decrypts a zip with `--password`, or with the API key and `--server-key`.
 *
 * @throws {@link CliUsageError} when neither is given.
 */
export async function openZipInput(
  path: string,
  zip: Uint8Array,
  options: ZipKeyOptions,
  context: CliContext,
): Promise<OpenedDeliveryZip> {
  const { locale } = context;
  // The phase only fills in the wrong-password message.
  const phase = context.env['MHB_PHASE']?.trim() || undefined;
  if (options.password !== undefined) return openDeliveryZip(zip, { password: options.password, locale, phase });
  if (options['server-key'] === undefined) throw new CliUsageError(context.message('ZIP_NEEDS_KEY', { path }));

  const apiKey = readApiKey(context, options['api-key']);
  const password = await resolveZipPassword({ serverKey: options['server-key'], apiKey, locale });
  return openDeliveryZip(zip, { password, locale, phase });
}

/** Reads a file or zip named on the command line and parses the My Health Bank file in it. */
export async function loadInput(path: string, options: ZipKeyOptions, context: CliContext): Promise<LoadedInput> {
  const bytes = await readFileBytes(resolve(context.cwd, path), context.locale);
  if (!isZip(bytes)) {
    return { file: await parseMedicalFile(bytes, { locale: context.locale }), content: bytes };
  }

  const zip = await openZipInput(path, bytes, options, context);
  const file = await parseMedicalFile(zip.content, { locale: context.locale });
  return { file, content: zip.content, zip };
}
