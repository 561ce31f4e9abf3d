import type { Locale } from '@mhbkit/core';
import { MhbFormatError } from './format-error.js';
import type { IssueSink } from './issue-sink.js';
import { fileMessage } from './messages.js';
import { isNoDataText, isPlaceholder, isPlainObject } from './placeholders.js';
import {
  SECTION_CODES,
  SECTIONS_MISSING_FROM_XML,
  type SectionCode,
  type SectionStatus,
  toSectionCode,
} from './sections.js';

/** A section as found in `bdata`, before any record is read. */
export interface LocatedSection {
  readonly code: SectionCode;
  /** The key as written, or `null` when missing. */
  readonly key: string | null;
  readonly raw: unknown;
  readonly status: SectionStatus;
}

/** The parts of `bdata`, sorted out. */
export interface LocatedFile {
  readonly bdata: Readonly<Record<string, unknown>>;
  readonly maskedId: string | null;
  readonly applicationDateText: string | null;
  readonly declaration: string | null;
  readonly sections: ReadonlyMap<SectionCode, LocatedSection>;
  readonly unknownSections: Readonly<Record<string, unknown>>;
}

function describeFound(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Returns `myhealthbank.bdata`, or throws `FILE_MISSING_BDATA` naming the type that was found instead. */
export function findBdata(root: unknown, locale: Locale): Record<string, unknown> {
  const myhealthbank = isPlainObject(root) ? root.myhealthbank : undefined;
  const bdata = isPlainObject(myhealthbank) ? myhealthbank.bdata : undefined;
  if (isPlainObject(bdata)) return bdata as Record<string, unknown>;

  let found: string;
  if (!isPlainObject(root)) found = `root: ${describeFound(root)}`;
  else if (!isPlainObject(myhealthbank)) found = `myhealthbank: ${describeFound(myhealthbank)}`;
  else found = `bdata: ${describeFound(bdata)}`;
  throw new MhbFormatError({
    code: 'FILE_MISSING_BDATA',
    message: fileMessage('FILE_MISSING_BDATA', locale, { found }),
  });
}

function textOf(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value;
}

/** Reads the r0 declaration from `[{"r0": "…"}]`, `{"r0": "…"}` or a bare string. */
function readDeclaration(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return textOf(first);
  if (!isPlainObject(first)) return null;

  const key = Object.keys(first).find((name) => name.toLowerCase() === 'r0');
  return key === undefined ? null : textOf(first[key]);
}

/** Decides the status of a present section from its raw value, without reading any record. */
export function statusOf(code: SectionCode, value: unknown): SectionStatus {
  if (value === null || value === '') return 'no-data';
  if (typeof value === 'string') return isNoDataText(value) ? 'no-data' : 'parsed';
  if (!Array.isArray(value)) return isPlaceholder(value, code) ? 'no-data' : 'parsed';

  for (const item of value) {
    if (!isPlaceholder(item, code)) return 'parsed';
  }
  return 'no-data';
}

/**
 * Sorts the keys of `bdata` into basic data, the declaration, the fourteen sections (any letter case) and unknown
 * sections, and decides each section's status.
 */
export function locateSections(bdata: Record<string, unknown>, format: 'json' | 'xml', sink: IssueSink): LocatedFile {
  const found = new Map<SectionCode, { key: string; raw: unknown }>();
  const unknownSections: Record<string, unknown> = {};
  let maskedId: string | null = null;
  let applicationDateText: string | null = null;
  let declaration: string | null = null;

  for (const key of Object.keys(bdata)) {
    const value = bdata[key];
    const lower = key.toLowerCase();
    if (lower === 'b1.1') {
      maskedId = textOf(value)?.trim() ?? null;
      continue;
    }
    // The JSON specification's field table names the application date `b2.1`, but its own sample, the XML
    // specification and real files write `b1.2`.
    if (lower === 'b1.2' || lower === 'b2.1') {
      applicationDateText ??= textOf(value)?.trim() ?? null;
      continue;
    }
    if (lower === 'r0') {
      declaration = readDeclaration(value);
      continue;
    }

    const code = toSectionCode(key);
    if (code === undefined) {
      unknownSections[key] = value;
      sink.add('UNKNOWN_SECTION', 'warning', { section: key });
    } else if (found.has(code)) {
      unknownSections[key] = value;
      sink.add('DUPLICATE_SECTION', 'warning', { section: key });
    } else {
      found.set(code, { key, raw: value });
    }
  }
  if (maskedId === null) sink.add('MISSING_MASKED_ID', 'warning', { field: 'b1.1' });

  const sections = new Map<SectionCode, LocatedSection>();
  for (const code of SECTION_CODES) {
    const entry = found.get(code);
    if (entry === undefined) {
      const status = format === 'xml' && SECTIONS_MISSING_FROM_XML.has(code) ? 'not-in-format' : 'absent';
      sections.set(code, { code, key: null, raw: undefined, status });
    } else {
      sections.set(code, { code, key: entry.key, raw: entry.raw, status: statusOf(code, entry.raw) });
    }
  }
  return { bdata, maskedId, applicationDateText, declaration, sections, unknownSections };
}
