import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { type GeneratorOptions, generateMedicalFileChunks } from '@mhbkit/testing';

/** The folder of generated files, kept between runs because generating takes about 0.3 s per MB on a 2-core AMD EPYC. */
export const FIXTURE_DIR = join(tmpdir(), 'mhbkit-bench');

/** One megabyte as the benchmarks count it: 10^6 bytes, the unit of MB/s. */
export const MB = 1_000_000;

/**
 * Returns the path of a generated file for `options`, generating it on first use. The name is a digest of the
 * options, so a change of options never reuses a stale file. The generator is deterministic for its options.
 */
export async function fixturePath(options: GeneratorOptions): Promise<string> {
  const digest = createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 16);
  const extension = options.format === 'xml' ? 'xml' : 'json';
  const path = join(FIXTURE_DIR, `${digest}.${extension}`);
  if (await exists(path)) return path;

  await mkdir(FIXTURE_DIR, { recursive: true });
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for (const chunk of generateMedicalFileChunks(options)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  // Renaming last means an interrupted run leaves only a `.partial` file, never a truncated fixture.
  await rename(partial, path);
  return path;
}

/** Reads the generated file for `options` into memory. */
export async function fixtureBytes(options: GeneratorOptions): Promise<Uint8Array> {
  const buffer = await readFile(await fixturePath(options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
