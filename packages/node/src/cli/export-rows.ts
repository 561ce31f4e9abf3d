import type { Locale } from '@mhbkit/core';
import { FIELD_LABELS, type FieldLabel, SECTION_LABELS, type Section, type SectionCode } from '@mhbkit/retrieval';

/** One output column of a section export. */
interface Column {
  /** The header in the chosen language. */
  readonly header: string;
  /** Reads the cell value from a typed record. */
  readonly read: (record: Record<string, unknown>) => unknown;
}

/** Drops the `raw` and `extra` parts that every typed record and list item keeps, so nested lists stay readable. */
function withoutRawParts(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const { raw: _raw, extra: _extra, ...typed } = item as Record<string, unknown>;
  return typed;
}

function headerOf(label: { readonly zh: string; readonly en: string }, locale: Locale): string {
  return locale === 'en' ? label.en : label.zh;
}

/**
 * Builds the columns of a section: every record-level field of the spec, then the nested list (orders, results or
 * visits) as one column holding its items. Typed fields give the normalized value; the numbered secondary
 * diagnosis and procedure fields give the value as the file writes it.
 */
// NOTE: fields the spec does not define (a record's `extra`) are not exported; `mhb decrypt` keeps the whole file.
export function sectionColumns(code: SectionCode, locale: Locale): Column[] {
  const labels = Object.values(FIELD_LABELS).filter((label) => label.section === code);
  const columns: Column[] = labels
    .filter((label) => label.list === null)
    .map((label: FieldLabel) => ({
      header: headerOf(label, locale),
      read: label.path.includes('[]')
        ? (record) => (record['raw'] as Record<string, unknown>)[label.key]
        : (record) => record[label.name],
    }));

  const nestedKey = labels.find((label) => label.list !== null)?.list;
  const nested = nestedKey === undefined || nestedKey === null ? undefined : SECTION_LABELS[nestedKey];
  if (nested !== undefined) {
    columns.push({
      header: headerOf(nested, locale),
      read: (record) => (record[nested.name] as readonly unknown[] | undefined)?.map(withoutRawParts) ?? [],
    });
  }
  return columns;
}

/** Builds the header and the rows of one section, each row an object keyed by header. */
export function sectionRows(section: Section, locale: Locale): { headers: string[]; rows: Record<string, unknown>[] } {
  const columns = sectionColumns(section.code, locale);
  const rows = section.records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const column of columns)
      row[column.header] = column.read(record as unknown as Record<string, unknown>) ?? null;
    return row;
  });
  return { headers: columns.map((column) => column.header), rows };
}

/** Quotes a CSV cell when it contains a comma, quote, or line break (RFC 4180). Objects are written as JSON. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV with CRLF line ends and a UTF-8 byte order mark, which Excel needs to read Chinese text as
 * UTF-8.
 */
export function toCsv(headers: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(headers.map((header) => csvCell(row[header])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Writes rows as newline-delimited JSON, one object per line. */
export function toNdjson(rows: readonly Record<string, unknown>[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
