import type { Locale } from '@mhbkit/core';
import { fingerprintRecord } from './fingerprint.js';
import { MhbFormatError } from './format-error.js';
import type { MedicalFile, MedicalFileMeta } from './medical-file.js';
import type { MedicalRecordMap } from './medical-records.js';
import { fileMessage } from './messages.js';
import { SECTION_CODES, SECTION_STATUSES, type SectionCode, type SectionStatus } from './sections.js';

/** The place of a merged record: the file's position in the input list and the record's index. */
export interface RecordSource {
  readonly file: number;
  readonly index: number;
}

/** A record that appears once in a merge, however many input files held it. */
export interface MergedRecord<S extends SectionCode = SectionCode> {
  /** See {@link fingerprintRecord}. */
  readonly fingerprint: string;
  /** The typed record from the first file that held it. */
  readonly record: MedicalRecordMap[S];
  /** Every place the record was found, in input order. */
  readonly sources: readonly RecordSource[];
}

/** One section of a merge. */
export interface MergedSection<S extends SectionCode = SectionCode> {
  readonly code: S;
  /** The most informative status among the files: `parsed`, then `no-data`, `absent`, `not-in-format`. */
  readonly status: SectionStatus;
  readonly records: readonly MergedRecord<S>[];
}

/** Files of one person merged so that records from overlapping downloads appear once. */
export interface MergedMedicalFiles {
  /** The masked national ID the files share. */
  readonly maskedId: string | null;
  /** The meta of each input file, in input order. */
  readonly files: readonly MedicalFileMeta[];
  readonly sections: { readonly [S in SectionCode]: MergedSection<S> };
  /** How many records were dropped as duplicates. */
  readonly duplicateCount: number;
}

/** Options of {@link mergeMedicalFiles}. */
export interface MergeOptions {
  /** The language of the error message. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

function rejectMismatch(expected: string | null, actual: string | null, locale: Locale): never {
  const params = { expected: expected ?? '(b1.1 missing)', actual: actual ?? '(b1.1 missing)' };
  throw new MhbFormatError({
    code: 'FILE_PERSON_MISMATCH',
    message: fileMessage('FILE_PERSON_MISMATCH', locale, params),
  });
}

function mergeStatus(statuses: readonly SectionStatus[]): SectionStatus {
  for (const status of SECTION_STATUSES) {
    if (statuses.includes(status)) return status;
  }
  return 'absent';
}

/**
 * Merges parsed files of one person (same masked ID `b1.1`): each record appears once, keyed by its fingerprint,
 * with every place it was found. The check runs before any record is merged, so a rejected merge returns nothing.
 *
 * @throws {@link MhbFormatError} `FILE_PERSON_MISMATCH`, naming both masked IDs, when the files belong to different
 *   persons or a file of several lacks `b1.1`.
 * @example
 * ```ts
 * const merged = await mergeMedicalFiles([january, march]);
 * console.log(merged.sections.r1.records.length, merged.duplicateCount);
 * ```
 */
export async function mergeMedicalFiles(
  files: readonly MedicalFile[],
  options: MergeOptions = {},
): Promise<MergedMedicalFiles> {
  const locale = options.locale ?? 'zh-TW';
  const maskedId = files[0]?.meta.maskedId ?? null;
  for (const file of files.slice(1)) {
    if (maskedId === null || file.meta.maskedId !== maskedId) rejectMismatch(maskedId, file.meta.maskedId, locale);
  }

  let duplicateCount = 0;
  const sections: Record<string, MergedSection> = {};
  for (const code of SECTION_CODES) {
    const byFingerprint = new Map<
      string,
      { fingerprint: string; record: MedicalRecordMap[SectionCode]; sources: RecordSource[] }
    >();
    for (let file = 0; file < files.length; file++) {
      for (const record of files[file]!.sections[code].records) {
        const fingerprint = await fingerprintRecord(record);
        const existing = byFingerprint.get(fingerprint);
        if (existing === undefined) {
          byFingerprint.set(fingerprint, { fingerprint, record, sources: [{ file, index: record.index }] });
        } else {
          existing.sources.push({ file, index: record.index });
          duplicateCount++;
        }
      }
    }
    const status = mergeStatus(files.map((file) => file.sections[code].status));
    sections[code] = { code, status, records: [...byFingerprint.values()] };
  }

  return {
    maskedId,
    files: files.map((file) => file.meta),
    sections: sections as unknown as MergedMedicalFiles['sections'],
    duplicateCount,
  };
}
