import { MhbTestingError } from '../errors/testing-error.js';
import { writeJson } from './json-writer.js';
import { DEFAULT_VISITS, type GeneratorOptions, type ResolvedGeneratorOptions } from './options.js';
import { MAX_VISITS, resolveOptions } from './resolve-options.js';
import { planSections } from './section-plan.js';
import { type GenerationSummary, type SectionSummary, SummaryCollector } from './summary.js';
import { writeXml } from './xml-writer.js';

/** A generated file held in memory. */
export interface GeneratedFile {
  /** The file bytes, BOM included when that quirk is on. */
  readonly bytes: Uint8Array;
  readonly summary: GenerationSummary;
}

/** A generated file as a sequence of byte chunks, for files too large to hold in memory. */
export interface GeneratedChunks extends Iterable<Uint8Array> {
  /**
   * The summary, available once every chunk has been read.
   * @throws {@link MhbTestingError} `GENERATOR_NOT_FINISHED` when read earlier.
   */
  readonly summary: GenerationSummary;
}

/** Text collected before one chunk is encoded, in UTF-16 code units (a chunk is up to about three times as many bytes). */
const CHUNK_TEXT_LENGTH = 64 * 1024;

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function* encodeChunks(options: ResolvedGeneratorOptions, summary: SummaryCollector): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const plans = planSections(options);
  const pieces = options.format === 'xml' ? writeXml(plans, options, summary) : writeJson(plans, options, summary);

  if (options.quirks.bom) {
    summary.bytes += BOM.length;
    yield BOM.slice();
  }

  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK_TEXT_LENGTH) {
      const bytes = encoder.encode(buffer);
      summary.bytes += bytes.length;
      buffer = '';
      yield bytes;
    }
  }
  if (buffer.length > 0) {
    const bytes = encoder.encode(buffer);
    summary.bytes += bytes.length;
    yield bytes;
  }
}

function finish(options: ResolvedGeneratorOptions, collector: SummaryCollector): GenerationSummary {
  return {
    format: options.format,
    seed: options.seed,
    maskedId: options.maskedId,
    applicationDate: options.applicationDate,
    visits: options.visits,
    bytes: collector.bytes,
    declaration: options.declaration,
    sections: Object.fromEntries(collector.sections) as Record<SectionSummary['code'], SectionSummary>,
    pharmacyRows: collector.pharmacyRows,
    quirks: {
      bom: options.quirks.bom,
      crlf: options.quirks.crlf,
      tabIndent: options.quirks.tabIndent,
      bareNumbers: { count: collector.bareNumberCount, fields: [...collector.bareNumberFields].sort() },
      controlCharacters: collector.controlCharacters,
    },
  };
}

function measure(options: GeneratorOptions, visits: number): number {
  let bytes = 0;
  for (const chunk of encodeChunks(resolveOptions(options, visits), new SummaryCollector())) bytes += chunk.length;
  return bytes;
}

/** Turns `targetBytes` into a visit count by measuring two small files and extrapolating linearly. */
function visitsFor(options: GeneratorOptions): number | undefined {
  const target = options.targetBytes;
  if (target === undefined) return undefined;
  if (!Number.isFinite(target) || target <= 0) {
    throw new MhbTestingError({
      code: 'GENERATOR_INVALID_OPTION',
      params: { option: 'targetBytes', value: String(target), hint: 'Use a positive number of bytes.' },
    });
  }

  const small = measure(options, 20);
  const large = measure(options, 120);
  const perVisit = (large - small) / 100;
  // Sections given as exact record counts do not grow with visits; then only the visit count of the options applies.
  if (!(perVisit > 0)) return options.visits ?? DEFAULT_VISITS;
  const visits = Math.round(20 + (target - small) / perVisit);
  return Math.min(MAX_VISITS, Math.max(1, visits));
}

/**
 * Generates a medical-class file chunk by chunk, for files of tens or hundreds of megabytes.
 *
 * @throws {@link MhbTestingError} `GENERATOR_INVALID_OPTION` for invalid options.
 * @example
 * ```ts
 * const file = generateMedicalFileChunks({ seed: 7, targetBytes: 100 * 1024 * 1024 });
 * for (const chunk of file) await sink.write(chunk);
 * console.log(file.summary.sections.r1.records);
 * ```
 */
export function generateMedicalFileChunks(options: GeneratorOptions = {}): GeneratedChunks {
  const resolved = resolveOptions(options, visitsFor(options));
  let summary: GenerationSummary | undefined;

  return {
    *[Symbol.iterator]() {
      const collector = new SummaryCollector();
      yield* encodeChunks(resolved, collector);
      summary = finish(resolved, collector);
    },
    get summary(): GenerationSummary {
      if (summary === undefined) throw new MhbTestingError({ code: 'GENERATOR_NOT_FINISHED' });
      return summary;
    },
  };
}

/**
 * Generates a synthetic medical-class file (JSON or XML) for one virtual person, deterministic for a seed and
 * options, with a summary of what it contains.
 *
 * @throws {@link MhbTestingError} `GENERATOR_INVALID_OPTION` for invalid options.
 * @example
 * ```ts
 * const { bytes, summary } = generateMedicalFile({ seed: 42, visits: 30, sections: { r2: 'noData' } });
 * expect(parsed.sections.r1.records).toHaveLength(summary.sections.r1.records);
 * ```
 */
export function generateMedicalFile(options: GeneratorOptions = {}): GeneratedFile {
  const chunks = generateMedicalFileChunks(options);
  const parts = [...chunks];
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));

  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, summary: chunks.summary };
}
