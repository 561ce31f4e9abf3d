// Runs one memory measurement in its own process, started by the memory suite with `--expose-gc`, and prints the
// result as one JSON line. Usage: memory-child.ts <parse|iterate|json-parse> <file>
import { readFile } from 'node:fs/promises';
import { iterateMedicalRecords, parseMedicalFile } from '@mhbkit/retrieval';

/** The result line of the child. Byte counts are growth over the idle process measured before the file was read. */
export interface MemoryChildResult {
  readonly mode: string;
  readonly fileBytes: number;
  readonly peakHeapBytes: number;
  readonly peakRssBytes: number;
  readonly records: number;
}

const SAMPLE_INTERVAL_MS = 5;
/** Records between two samples in the iterator loop, where the event loop gets no turn to run the timer. */
const RECORDS_PER_SAMPLE = 1000;
const PARSE_OPTIONS = { maxBytes: 1024 * 1024 * 1024 };

const [mode, path] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('memory-child: run with --expose-gc');
if (path === undefined) throw new Error('usage: memory-child.ts <parse|iterate|json-parse> <file>');

gc();
const idle = process.memoryUsage();
let peakHeap = idle.heapUsed;
let peakRss = idle.rss;
const sample = (): void => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
};
const timer = setInterval(sample, SAMPLE_INTERVAL_MS);

const buffer = await readFile(path);
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
let records = 0;
if (mode === 'parse') {
  const file = await parseMedicalFile(bytes, PARSE_OPTIONS);
  sample();
  for (const section of Object.values(file.sections)) records += section.records.length;
} else if (mode === 'iterate') {
  for await (const record of iterateMedicalRecords(bytes, PARSE_OPTIONS)) {
    if (record.section !== undefined) records += 1;
    if (records % RECORDS_PER_SAMPLE === 0) sample();
  }
} else if (mode === 'json-parse') {
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  sample();
  records = parsed === null ? 0 : 1;
} else {
  throw new Error(`memory-child: unknown mode ${mode}`);
}
sample();
clearInterval(timer);

// resourceUsage().maxRSS is the kernel's high-water mark in KiB, so it also catches peaks between two samples.
const maxRss = process.resourceUsage().maxRSS * 1024;
const result: MemoryChildResult = {
  mode,
  fileBytes: bytes.length,
  peakHeapBytes: peakHeap - idle.heapUsed,
  peakRssBytes: Math.max(peakRss, maxRss) - idle.rss,
  records,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
