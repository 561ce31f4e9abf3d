import type { Locale } from '@mhbkit/core';

/** Default of {@link ParseOptions.maxBytes}: 64 MiB, far above any real file (a few MB) yet safe to hold in memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Default of {@link ParseOptions.maxDepth}: 64 levels. A valid file nests six levels deep. */
export const DEFAULT_MAX_DEPTH = 64;

/** Default of {@link ParseOptions.maxRecords}: 1,000,000 records per section. */
export const DEFAULT_MAX_RECORDS = 1_000_000;

/** Default of {@link ParseOptions.maxIssues}: 10,000 issues per file. */
export const DEFAULT_MAX_ISSUES = 10_000;

/** Options of {@link parseMedicalFile} and {@link iterateMedicalRecords}. */
export interface ParseOptions {
  /** The language of error and issue messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
  /** The largest input accepted, in bytes (UTF-8 bytes for a string input). @defaultValue {@link DEFAULT_MAX_BYTES} */
  readonly maxBytes?: number;
  /**
   * The deepest XML element nesting accepted, and the depth at which fingerprints stop descending into a value.
   * @defaultValue {@link DEFAULT_MAX_DEPTH}
   */
  readonly maxDepth?: number;
  /** The maximum number of records (and list items) read from one section or list. @defaultValue {@link DEFAULT_MAX_RECORDS} */
  readonly maxRecords?: number;
  /** The maximum number of issues listed. One more issue, `ISSUES_TRUNCATED`, marks the cut. @defaultValue {@link DEFAULT_MAX_ISSUES} */
  readonly maxIssues?: number;
}

/** Parse options with every default filled in. */
export interface ResolvedParseOptions {
  readonly locale: Locale;
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxRecords: number;
  readonly maxIssues: number;
}

/** Fills in the defaults of `options`. */
export function resolveParseOptions(options: ParseOptions = {}): ResolvedParseOptions {
  return {
    locale: options.locale ?? 'zh-TW',
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxRecords: options.maxRecords ?? DEFAULT_MAX_RECORDS,
    maxIssues: options.maxIssues ?? DEFAULT_MAX_ISSUES,
  };
}
