// Generates the field tables and the limits table of docs/en/reading-files.md and docs/zh-TW/reading-files.md
// from the exported label data, between the markers below. Run it after changing a label:
//
//   npx tsx --conditions=@mhbkit/source packages/retrieval/scripts/field-tables.ts
//
// A test in packages/retrieval/src/file fails when the committed docs differ from what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ISSUES,
  DEFAULT_MAX_RECORDS,
  FIELD_LABELS,
  type FieldLabel,
  SECTION_CODES,
  SECTION_LABELS,
} from '../src/index.js';

/** The locales that have a reading-files page. */
export type DocLocale = 'en' | 'zh-TW';

export const START_MARKER = '<!-- generated:field-tables:start -->';
export const END_MARKER = '<!-- generated:field-tables:end -->';

const HEADINGS = {
  en: {
    limits: 'Limits',
    limitColumns: '| Option | Constant | Default |',
    basic: 'Basic data',
    columns: '| Key | 中文 | English | Property | Kind |',
    list: 'list',
  },
  'zh-TW': {
    limits: '上限',
    limitColumns: '| 選項 | 常數 | 預設值 |',
    basic: '基本資料',
    columns: '| 鍵 | 中文 | English | 屬性 | 型別 |',
    list: '清單',
  },
} as const;

const LIMITS: readonly [string, string, number][] = [
  ['maxBytes', 'DEFAULT_MAX_BYTES', DEFAULT_MAX_BYTES],
  ['maxDepth', 'DEFAULT_MAX_DEPTH', DEFAULT_MAX_DEPTH],
  ['maxRecords', 'DEFAULT_MAX_RECORDS', DEFAULT_MAX_RECORDS],
  ['maxIssues', 'DEFAULT_MAX_ISSUES', DEFAULT_MAX_ISSUES],
];

function formatLimit(name: string, value: number): string {
  if (name === 'maxBytes') return `${value} (${value / 1024 / 1024} MiB)`;
  return String(value);
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function row(label: FieldLabel): string {
  const cells = [
    `\`${label.key}\``,
    escapeCell(label.zh),
    escapeCell(label.en),
    `\`${label.path}\``,
    `\`${label.kind}\``,
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(labels: readonly FieldLabel[], columns: string): string[] {
  return [columns, '| --- | --- | --- | --- | --- |', ...labels.map(row)];
}

/** Renders the generated part of the page in `locale`, markers included. */
export function renderFieldTables(locale: DocLocale): string {
  const words = HEADINGS[locale];
  const labels = Object.values(FIELD_LABELS);
  const lines: string[] = [START_MARKER, ''];

  lines.push(`### ${words.limits}`, '', words.limitColumns, '| --- | --- | --- |');
  for (const [option, constant, value] of LIMITS)
    lines.push(`| \`${option}\` | \`${constant}\` | ${formatLimit(option, value)} |`);
  lines.push('');

  lines.push(
    `### ${words.basic}`,
    '',
    ...table(
      labels.filter((label) => label.section === 'basic'),
      words.columns,
    ),
    '',
  );
  for (const code of SECTION_CODES) {
    const section = SECTION_LABELS[code]!;
    const title = locale === 'en' ? section.en : section.zh;
    lines.push(`### ${code} ${title}`, '');
    lines.push(
      ...table(
        labels.filter((label) => label.section === code && label.list === null),
        words.columns,
      ),
      '',
    );

    const list = labels.filter((label) => label.section === code && label.list !== null);
    if (list.length > 0) {
      const listLabel = SECTION_LABELS[list[0]!.list!]!;
      const listTitle = locale === 'en' ? listLabel.en : listLabel.zh;
      lines.push(`#### ${listLabel.code} ${listTitle} (${words.list} \`${listLabel.name}\`)`, '');
      lines.push(...table(list, words.columns), '');
    }
  }
  lines.push(END_MARKER);
  return lines.join('\n');
}

/** Returns the path of the page in `locale`, from the repository root. */
export function pagePath(root: string, locale: DocLocale): string {
  return join(root, 'docs', locale, 'reading-files.md');
}

/** Replaces the generated part of `page` with a fresh rendering. */
export function updatePage(page: string, locale: DocLocale): string {
  const start = page.indexOf(START_MARKER);
  const end = page.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`The page has no ${START_MARKER} … ${END_MARKER} block.`);
  return page.slice(0, start) + renderFieldTables(locale) + page.slice(end + END_MARKER.length);
}

function main(): void {
  const root = join(import.meta.dirname, '..', '..', '..');
  for (const locale of ['en', 'zh-TW'] as const) {
    const path = pagePath(root, locale);
    writeFileSync(path, updatePage(readFileSync(path, 'utf8'), locale));
    console.log(`updated ${path}`);
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main();
