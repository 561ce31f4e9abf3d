import { formatMessage, type Locale } from '@mhbkit/core';
import { FIELD_LABELS, type MedicalFile, SECTION_LABELS, type SectionStatus } from '@mhbkit/retrieval';
import { renderTable } from '../render-table.js';
import { buildSectionRows } from '../summarize-file.js';
import { DEMO_MESSAGES, type DemoMessageCode } from './demo-messages.js';

/** Rows shown for visits, medications and lab results. */
export const DEMO_SAMPLE_ROWS = 3;

const STATUS_MESSAGES: Readonly<Record<SectionStatus, DemoMessageCode>> = {
  parsed: 'DEMO_STATUS_PARSED',
  'no-data': 'DEMO_STATUS_NO_DATA',
  absent: 'DEMO_STATUS_ABSENT',
  'not-in-format': 'DEMO_STATUS_NOT_IN_FORMAT',
};

/** A sample table: its title, the file keys whose labels head its columns, and its rows. */
interface SampleBlock {
  readonly title: DemoMessageCode;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Picks the label of a field or section in the output language. */
function localized(labels: { readonly zh: string; readonly en: string } | undefined, locale: Locale): string | null {
  if (labels === undefined) return null;
  return locale === 'en' ? labels.en : labels.zh;
}

function text(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '-' : value;
}

function sampleBlocks(file: MedicalFile): SampleBlock[] {
  const outpatient = file.sections.r1.records;
  const visits = outpatient
    .filter((record) => record.kind === 'visit')
    .slice(0, DEMO_SAMPLE_ROWS)
    .map((record) => [text(record.eventDate), text(record.facilityName), text(record.principalDiagnosisName)]);

  // A medication is an order with days of supply. Fee codes in the same order list have none or zero.
  const medications = outpatient
    .flatMap((record) => record.orders.map((order) => ({ date: record.eventDate, order })))
    .filter(({ order }) => (order.daysOfSupply?.value ?? 0) > 0)
    .slice(0, DEMO_SAMPLE_ROWS)
    .map(({ date, order }) => [
      text(date),
      text(order.orderName),
      text(order.quantity?.text),
      text(order.daysOfSupply?.text),
    ]);

  const labs = file.sections.r7.records
    .slice(0, DEMO_SAMPLE_ROWS)
    .map((record) => [
      text(record.eventDate),
      text(record.analyteName ?? record.orderName),
      text(record.result?.text),
      text(record.referenceRange?.text),
    ]);

  return [
    { title: 'DEMO_VISITS_TITLE', columns: ['r1.5', 'r1.4', 'r1.9'], rows: visits },
    { title: 'DEMO_MEDICATIONS_TITLE', columns: ['r1.5', 'r1_1.2', 'r1_1.3', 'r1_1.4'], rows: medications },
    { title: 'DEMO_LABS_TITLE', columns: ['r7.6', 'r7.10', 'r7.11', 'r7.12'], rows: labs },
  ];
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * Formats the summary the demo prints: the section table with counts and date ranges, then a few rows of visits,
 * medications and lab results under the parser's field labels. The rows show synthetic sandbox data.
 */
export function formatDemoSummary(file: MedicalFile, locale: Locale): string[] {
  const message = (code: DemoMessageCode, params: Record<string, string | number> = {}) =>
    formatMessage(DEMO_MESSAGES, code, locale, params);
  const label = (key: string) => localized(FIELD_LABELS[key], locale) ?? key;

  const lines = [
    message('DEMO_SUMMARY_TITLE', {
      maskedId: text(file.meta.maskedId),
      applicationDate: text(file.meta.applicationDate),
      format: file.meta.format.toUpperCase(),
    }),
    '',
  ];

  const header = ['DEMO_SECTION_HEADER', 'DEMO_STATUS_HEADER', 'DEMO_COUNT_HEADER', 'DEMO_RANGE_HEADER'] as const;
  const sectionRows = buildSectionRows(file).map((row) => {
    const name = localized(SECTION_LABELS[row.code], locale) ?? '';
    const range = row.firstDate === null ? '-' : `${row.firstDate} ~ ${row.lastDate ?? row.firstDate}`;
    return [`${row.code.toUpperCase()} ${name}`, message(STATUS_MESSAGES[row.status]), String(row.records), range];
  });
  lines.push(
    renderTable(
      header.map((code) => message(code)),
      sectionRows,
      new Set([2]),
    ),
  );

  for (const block of sampleBlocks(file)) {
    lines.push('', message(block.title, { count: DEMO_SAMPLE_ROWS }));
    if (block.rows.length === 0) lines.push(`  ${message('DEMO_NONE')}`);
    else lines.push(indent(renderTable(block.columns.map(label), block.rows, new Set())));
  }

  if (file.issues.length > 0) lines.push('', message('DEMO_ISSUES', { count: file.issues.length }));
  return lines;
}
