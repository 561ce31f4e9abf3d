import { SECTION_LABELS } from '@mhbkit/retrieval';
import { type ParsedCliCommand, stringOption, ZIP_KEY_OPTIONS } from '../command.js';
import { type CliContext, CliUsageError } from '../context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { loadInput } from '../load-input.js';
import type { CliMessageCode } from '../messages.js';
import { renderTable } from '../render-table.js';
import { buildInspectReport, buildSectionRows } from '../summarize-file.js';

/** Issues listed under the table; `--json` lists all of them. */
const MAX_LISTED_ISSUES = 20;

const STATUS_MESSAGES: Record<string, CliMessageCode> = {
  parsed: 'STATUS_PARSED',
  'no-data': 'STATUS_NO_DATA',
  absent: 'STATUS_ABSENT',
  'not-in-format': 'STATUS_NOT_IN_FORMAT',
};

/** `mhb inspect <file|zip>`: a table per section with record counts, date ranges and issues, or `--json`. */
export const inspectCommand: ParsedCliCommand = {
  name: 'inspect',
  options: { json: { type: 'boolean' }, ...ZIP_KEY_OPTIONS },

  async run(context, parsed) {
    const path = parsed.positionals[0];
    if (path === undefined) {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '<file|zip>', hint: 'mhb inspect <file|zip>' }),
      );
    }

    const { file } = await loadInput(
      path,
      {
        'server-key': stringOption(parsed, 'server-key'),
        password: stringOption(parsed, 'password'),
        'api-key': stringOption(parsed, 'api-key'),
      },
      context,
    );

    if (parsed.values['json'] === true) {
      context.stdout.write(`${JSON.stringify(buildInspectReport(file), null, 2)}\n`);
      return EXIT_CODES.ok;
    }

    context.stdout.write(`${renderReport(context, path, file)}\n`);
    return EXIT_CODES.ok;
  },
};

function renderReport(context: CliContext, path: string, file: Awaited<ReturnType<typeof loadInput>>['file']): string {
  const { locale } = context;
  const title = context.message('TITLE_FILE', {
    path,
    format: file.meta.format.toUpperCase(),
    maskedId: file.meta.maskedId ?? '-',
    appliedDate: file.meta.applicationDate ?? '-',
  });

  const header = [
    'COLUMN_SECTION',
    'COLUMN_NAME',
    'COLUMN_STATUS',
    'COLUMN_RECORDS',
    'COLUMN_FIRST_DATE',
    'COLUMN_LAST_DATE',
    'COLUMN_ISSUES',
  ] as const;
  const rows = buildSectionRows(file).map((row) => {
    const label = SECTION_LABELS[row.code];
    let name = '';
    if (label !== undefined) name = locale === 'en' ? label.en : label.zh;
    return [
      row.code,
      name,
      context.message(STATUS_MESSAGES[row.status] ?? 'STATUS_PARSED'),
      String(row.records),
      row.firstDate ?? '-',
      row.lastDate ?? '-',
      String(row.issues),
    ];
  });
  const table = renderTable(
    header.map((code) => context.message(code)),
    rows,
    new Set([3, 6]),
  );

  const lines = [title, '', table, ''];
  if (file.issues.length === 0) {
    lines.push(context.message('ISSUES_NONE'));
    return lines.join('\n');
  }

  lines.push(context.message('ISSUES_TITLE', { count: file.issues.length }));
  for (const issue of file.issues.slice(0, MAX_LISTED_ISSUES)) lines.push(`  [${issue.code}] ${issue.message}`);
  if (file.issues.length > MAX_LISTED_ISSUES) {
    lines.push(context.message('ISSUES_MORE', { count: file.issues.length - MAX_LISTED_ISSUES }));
  }
  return lines.join('\n');
}
