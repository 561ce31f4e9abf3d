import type { RawRecord } from './medical-records.js';
import { DEFAULT_MAX_DEPTH } from './parse-options.js';
import type { SectionCode } from './sections.js';
import { sha256Hex } from './sha256.js';

/**
 * Keys left out of a section's fingerprint. r7.7 is the upload time, which differs between retransmissions of the
 * same lab result, so rows that differ only there are one result.
 */
const IGNORED_KEYS: Partial<Record<SectionCode, ReadonlySet<string>>> = { r7: new Set(['r7.7']) };

/** Marks a value cut off at the depth limit, so a deep value still yields a stable fingerprint. */
const TRUNCATED = '"\u2026"';

/** Orders entries by key in UTF-16 code unit order, which is what `<` compares. */
function compareEntries([a]: [string, string], [b]: [string, string]): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Writes `value` as canonical JSON, or returns `undefined` for an empty value. Empty means `null`, a missing key, a
 * blank string, or an array or object with only empty members, so the forms real files use for "no value" agree.
 * Strings are trimmed, object keys lower-cased and sorted, and array items sorted, so neither key order nor record
 * order changes the result.
 */
export function canonicalJson(
  value: unknown,
  ignoredKeys?: ReadonlySet<string>,
  depth = 0,
  maxDepth = DEFAULT_MAX_DEPTH,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : JSON.stringify(trimmed);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(String(value));
  if (typeof value !== 'object') return undefined;
  if (depth >= maxDepth) return TRUNCATED;

  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const text = canonicalJson(item, undefined, depth + 1, maxDepth);
      if (text !== undefined) items.push(text);
    }
    items.sort();
    return items.length === 0 ? undefined : `[${items.join(',')}]`;
  }

  const entries: [string, string][] = [];
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (ignoredKeys?.has(lower)) continue;
    const text = canonicalJson(member, undefined, depth + 1, maxDepth);
    if (text !== undefined) entries.push([lower, text]);
  }
  entries.sort(compareEntries);
  if (entries.length === 0) return undefined;
  return `{${entries.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`;
}

/** The parts of a record a fingerprint reads. */
export interface FingerprintSource {
  readonly section: SectionCode;
  readonly raw: RawRecord;
}

/**
 * Computes a record's fingerprint: the SHA-256 (Web Crypto), as lower-case hex, of its section code and the
 * canonical JSON of its raw object. Key order, record order, letter case of keys and the empty forms `""`, `null`,
 * blank and missing do not change it. r7 rows that differ only in the upload time r7.7 share it.
 *
 * NOTE: JSON and XML downloads of the same data differ in a few texts (JSON drops newlines in r8.10 and turns `"`
 * into `'`), so such records get different fingerprints.
 *
 * @example
 * ```ts
 * const id = await fingerprintRecord(file.sections.r7.records[0]);
 * ```
 */
export async function fingerprintRecord(record: FingerprintSource): Promise<string> {
  const canonical = `${record.section}:${canonicalJson(record.raw, IGNORED_KEYS[record.section]) ?? '{}'}`;
  return sha256Hex(new TextEncoder().encode(canonical));
}
