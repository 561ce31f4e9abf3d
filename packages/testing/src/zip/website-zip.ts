import { MhbTestingError } from '../errors/testing-error.js';
import { DEFAULT_APPLICATION_DATE } from '../generator/options.js';
import type { GenerationSummary } from '../generator/summary.js';
import { writeSingleEntryZip, type ZipContent, type ZipEncryption } from './zip-entry.js';

/** Options of {@link buildWebsiteZip}. */
export interface WebsiteZipOptions {
  /** The member's content: generator options or ready bytes. @defaultValue `{}` (a default generated JSON file) */
  readonly content?: ZipContent;
  /** The ROC date `YYYMMDD` in the names, e.g. `1130305` for 2024-03-05. @defaultValue the file's application date in ROC form */
  readonly rocDate?: string;
  /** The download's sequence number in the names. @defaultValue `1` */
  readonly sequence?: number;
  /** The zip password (the website uses the national ID or a password the user sets). @defaultValue none: not encrypted */
  readonly password?: string;
  /** The encryption when a password is given. @defaultValue `'zipcrypto'` */
  readonly encryption?: ZipEncryption;
}

/** A zip as the My Health Bank website delivers a download. */
export interface WebsiteZip {
  readonly zip: Uint8Array;
  /** e.g. `MHBJSON_1130305_1.zip`. */
  readonly fileName: string;
  /** e.g. `MHBJSON_1130305_1-1/健康存摺醫療類_1130305.JSON`. */
  readonly entryName: string;
  readonly summary: GenerationSummary | undefined;
}

/** Converts a Gregorian `YYYYMMDD` to the ROC `YYYMMDD` of website file names. */
function toRocDate(date: string): string {
  return `${Number(date.slice(0, 4)) - 1911}${date.slice(4)}`;
}

/**
 * Builds a website-style download zip: `MHBJSON_<ROC date>_<n>.zip` holding the folder `MHBJSON_<ROC date>_<n>-1/`
 * with `健康存摺醫療類_<ROC date>.JSON` (`.xml` for an XML file), as a 2024 download was named.
 *
 * @throws {@link MhbTestingError} `GENERATOR_INVALID_OPTION` for a malformed ROC date or invalid generator options.
 * @example
 * ```ts
 * const { zip, entryName } = await buildWebsiteZip({ content: { seed: 5 }, rocDate: '1130305' });
 * ```
 */
export async function buildWebsiteZip(options: WebsiteZipOptions = {}): Promise<WebsiteZip> {
  const content = options.content ?? {};
  const generated = content instanceof Uint8Array ? undefined : content;
  const rocDate = options.rocDate ?? toRocDate(generated?.applicationDate ?? DEFAULT_APPLICATION_DATE);
  const sequence = options.sequence ?? 1;

  if (!/^\d{7}$/.test(rocDate)) {
    throw new MhbTestingError({
      code: 'GENERATOR_INVALID_OPTION',
      params: { option: 'rocDate', value: rocDate, hint: 'Use the ROC date as YYYMMDD, e.g. 1130305.' },
    });
  }

  const base = `MHBJSON_${rocDate}_${sequence}`;
  const extension = generated?.format === 'xml' ? 'xml' : 'JSON';
  const entryName = `${base}-1/健康存摺醫療類_${rocDate}.${extension}`;
  const { zip, summary } = await writeSingleEntryZip(
    entryName,
    content,
    options.password,
    options.encryption ?? 'zipcrypto',
  );

  return { zip, fileName: `${base}.zip`, entryName, summary };
}
