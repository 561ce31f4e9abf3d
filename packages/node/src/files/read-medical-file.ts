import { type MedicalFile, type ParseOptions, parseMedicalFile } from '@mhbkit/retrieval';
import { readFileBytes } from './read-file-bytes.js';

/**
 * Reads and parses a My Health Bank medical-class file (JSON or XML) from disk.
 *
 * @param path - the file to read.
 * @param options - locale and limits of the parser.
 * @throws {@link MhbNodeError} `NODE_FILE_NOT_FOUND` or `NODE_FILE_READ_FAILED` when the file cannot be read.
 * @throws `MhbFormatError` (from `@mhbkit/retrieval`) when the content is not a readable medical-class file.
 * @example
 * ```ts
 * import { readMedicalFile } from '@mhbkit/node';
 *
 * const file = await readMedicalFile('./2020010100000001.json');
 * console.log(file.sections.r1.records.length);
 * ```
 */
export async function readMedicalFile(path: string, options?: ParseOptions): Promise<MedicalFile> {
  const bytes = await readFileBytes(path, options?.locale);
  return parseMedicalFile(bytes, options);
}
