import { join } from 'node:path';
import type { Locale } from '@mhbkit/core';
import type { MedicalFile, ReceivedFile } from '@mhbkit/retrieval';
import { saveDelivery } from '../../files/save-delivery.js';
import { writeFileAtomic } from '../../internal/atomic-write.js';

/** The paths the demo wrote for one delivery. */
export interface SavedDemoFiles {
  /** The decrypted file, byte for byte as delivered, named by its SHA-256. */
  readonly rawPath: string;
  /** The parsed sections, issues and metadata as JSON, beside the raw file. */
  readonly recordsPath: string;
}

/**
 * Saves a delivered file into `outDir` with `saveDelivery`, and its parsed records as `<sha256>.records.json`.
 * Both writes are atomic: a crash leaves the old file or the new one, never half of one.
 */
export async function saveDemoDelivery(
  outDir: string,
  delivery: ReceivedFile<MedicalFile>,
  locale: Locale,
): Promise<SavedDemoFiles> {
  const { path: rawPath } = await saveDelivery(outDir, delivery, { locale });
  const recordsPath = join(outDir, `${delivery.rawSha256}.records.json`);

  const { file } = delivery;
  const sections = Object.fromEntries(
    Object.values(file.sections).map((section) => [section.code, { status: section.status, records: section.records }]),
  );
  const records = {
    phase: delivery.phase,
    rawSha256: delivery.rawSha256,
    meta: file.meta,
    sections,
    unknownSections: file.unknownSections,
    issues: file.issues,
  };

  await writeFileAtomic(recordsPath, `${JSON.stringify(records, null, 2)}\n`);
  return { rawPath, recordsPath };
}
