import { parseMedicalFile } from '@mhbkit/retrieval';
import { fixtureBytes, MB } from '../fixtures.js';
import { type Measurement, measurement } from '../results.js';
import { megabytesPerSecond, type SampleBudget, timePair } from '../timing.js';

/** Settings of the parse suite. */
export interface ParseSuiteOptions {
  /** File sizes in MB (10^6 bytes). */
  readonly sizes: readonly number[];
  readonly budget: SampleBudget;
  readonly log: (line: string) => void;
}

/** The seed of every parse fixture, so that files differ only in the option a measurement varies. */
const SEED = 'bench-parse';

const decoder = new TextDecoder();

/**
 * Measures `parseMedicalFile` throughput against `JSON.parse` of the same text, with and without raw control
 * characters, and XML against JSON.
 */
export async function runParseSuite(options: ParseSuiteOptions): Promise<Measurement[]> {
  const results: Measurement[] = [];

  for (const size of options.sizes) {
    options.log(`parse: ${size} MB JSON`);
    const bytes = await fixtureBytes({ seed: SEED, targetBytes: size * MB });
    results.push(await parseAgainstJsonParse(`parse-${size}mb`, bytes, bytes, options.budget));
  }

  // Raw control characters make the text invalid JSON, so the baseline parses the same file with them escaped.
  const controlSize = 10;
  options.log(`parse: ${controlSize} MB JSON with raw control characters`);
  const raw = await fixtureBytes({ seed: SEED, targetBytes: controlSize * MB, quirks: { rawControlCharacters: true } });
  const escaped = await fixtureBytes({ seed: SEED, targetBytes: controlSize * MB });
  results.push(await parseAgainstJsonParse(`parse-${controlSize}mb-raw-control`, raw, escaped, options.budget));
  results.push(
    await parseAgainstParse(
      `parse-${controlSize}mb-raw-control-vs-escaped`,
      'parseMedicalFile with raw control characters vs parseMedicalFile of the same file with them escaped',
      raw,
      escaped,
      options.budget,
    ),
  );

  const xmlSize = 10;
  options.log(`parse: ${xmlSize} MB XML`);
  const xml = await fixtureBytes({ seed: SEED, targetBytes: xmlSize * MB, format: 'xml', xmlIncludeR9ToR14: true });
  const json = await fixtureBytes({ seed: SEED, targetBytes: xmlSize * MB });
  results.push(
    await parseAgainstParse(
      `parse-${xmlSize}mb-xml-vs-json`,
      'parseMedicalFile of an XML file vs parseMedicalFile of the JSON file of the same seed and size',
      xml,
      json,
      options.budget,
    ),
  );

  return results;
}

/** `parseMedicalFile(bytes)` against `JSON.parse` of the text of `baselineBytes` (decoded outside the timing). */
async function parseAgainstJsonParse(
  name: string,
  bytes: Uint8Array,
  baselineBytes: Uint8Array,
  budget: SampleBudget,
): Promise<Measurement> {
  // TextDecoder drops the byte order mark, which JSON.parse would reject.
  const text = decoder.decode(baselineBytes);
  const { taskMs, baselineMs } = await timePair(
    name,
    () => parseMedicalFile(bytes),
    () => JSON.parse(text),
    budget,
  );
  return measurement(
    name,
    `parseMedicalFile of ${bytes.length} bytes vs JSON.parse of the same text, already decoded`,
    'MB/s',
    megabytesPerSecond(bytes.length, taskMs),
    megabytesPerSecond(baselineBytes.length, baselineMs),
  );
}

/** `parseMedicalFile` of one file against `parseMedicalFile` of another, both as MB/s of their own size. */
async function parseAgainstParse(
  name: string,
  description: string,
  bytes: Uint8Array,
  baselineBytes: Uint8Array,
  budget: SampleBudget,
): Promise<Measurement> {
  const { taskMs, baselineMs } = await timePair(
    name,
    () => parseMedicalFile(bytes),
    () => parseMedicalFile(baselineBytes),
    budget,
  );
  return measurement(
    name,
    description,
    'MB/s',
    megabytesPerSecond(bytes.length, taskMs),
    megabytesPerSecond(baselineBytes.length, baselineMs),
  );
}
