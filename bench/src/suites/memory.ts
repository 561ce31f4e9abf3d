import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixturePath, MB } from '../fixtures.js';
import type { MemoryChildResult } from '../memory-child.js';
import { type Measurement, measurement } from '../results.js';

/** Settings of the memory suite. */
export interface MemorySuiteOptions {
  /** Size of the file `parseMedicalFile` reads, in MB (10^6 bytes). */
  readonly parseSize: number;
  /** Size of the file `iterateMedicalRecords` reads, in MB. */
  readonly iterateSize: number;
  readonly log: (line: string) => void;
}

const run = promisify(execFile);
/** V8's heap limit for the children, in MB, so that JSON.parse of a 200 MB file does not run out of heap. */
const HEAP_LIMIT_MB = 8192;
const CHILD = fileURLToPath(new URL('../memory-child.ts', import.meta.url));

/**
 * Measures peak heap and RSS, each divided by the file size, for `parseMedicalFile` and for the record iterator.
 * Each case and its `JSON.parse` baseline run in fresh child processes.
 */
export async function runMemorySuite(options: MemorySuiteOptions): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const cases = [
    { mode: 'parse', size: options.parseSize, label: 'parseMedicalFile' },
    { mode: 'iterate', size: options.iterateSize, label: 'iterateMedicalRecords' },
  ] as const;

  for (const { mode, size, label } of cases) {
    options.log(`memory: generating or reusing a ${size} MB file`);
    const path = await fixturePath({ seed: 'bench-memory', targetBytes: size * MB });
    options.log(`memory: ${label} of ${size} MB`);
    const measured = await runChild(mode, path);
    const baseline = await runChild('json-parse', path);

    for (const kind of ['heap', 'rss'] as const) {
      const key = kind === 'heap' ? 'peakHeapBytes' : 'peakRssBytes';
      results.push(
        measurement(
          `memory-${mode}-${size}mb-${kind}`,
          `peak ${kind === 'heap' ? 'V8 heap' : 'RSS'} growth of ${label} ÷ file size (${measured.fileBytes} bytes) ` +
            'vs the same for JSON.parse of the decoded text, each in a fresh child process',
          'x file size',
          measured[key] / measured.fileBytes,
          baseline[key] / baseline.fileBytes,
        ),
      );
    }
  }
  return results;
}

async function runChild(mode: string, path: string): Promise<MemoryChildResult> {
  const { stdout } = await run(
    process.execPath,
    [
      '--expose-gc',
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      '--import',
      'tsx',
      '--conditions=@mhbkit/source',
      CHILD,
      mode,
      path,
    ],
    { maxBuffer: 1024 * 1024 },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as MemoryChildResult;
}
