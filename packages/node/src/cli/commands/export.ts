import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SECTION_CODES } from '@mhbkit/retrieval';
import { describeFsError, MhbNodeError } from '../../errors/node-error.js';
import { writeFileAtomic } from '../../internal/atomic-write.js';
import { type ParsedCliCommand, stringOption, ZIP_KEY_OPTIONS } from '../command.js';
import { CliUsageError } from '../context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { sectionRows, toCsv, toNdjson } from '../export-rows.js';
import { loadInput } from '../load-input.js';

const FORMATS = ['ndjson', 'csv', 'json'] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * `mhb export <file|zip> --format ndjson|csv|json --out <dir>`: one file per section that the file contains
 * (`r1.csv` …), with headers in the chosen language, each written atomically. Absent sections get no file.
 */
export const exportCommand: ParsedCliCommand = {
  name: 'export',
  options: { format: { type: 'string' }, out: { type: 'string', short: 'o' }, ...ZIP_KEY_OPTIONS },

  async run(context, parsed) {
    const path = parsed.positionals[0];
    const out = stringOption(parsed, 'out');
    const format = stringOption(parsed, 'format') ?? 'ndjson';
    if (path === undefined) {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '<file|zip>', hint: 'mhb export <file|zip> --out <dir>' }),
      );
    }
    if (out === undefined) {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '--out <dir>', hint: 'mhb export <file|zip> --out <dir>' }),
      );
    }
    if (!FORMATS.includes(format as ExportFormat)) {
      throw new CliUsageError(
        context.message('INVALID_OPTION_VALUE', { option: '--format', expected: FORMATS.join(', ') }),
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

    const directory = resolve(context.cwd, out);
    try {
      await mkdir(directory, { recursive: true });
    } catch (error) {
      throw new MhbNodeError('NODE_FILE_WRITE_FAILED', context.locale, {
        path: directory,
        reason: describeFsError(error),
      });
    }

    for (const code of SECTION_CODES) {
      const section = file.sections[code];
      if (section.status === 'absent' || section.status === 'not-in-format') {
        context.stderr.write(`${context.message('EXPORT_SKIPPED', { section: code, status: section.status })}\n`);
        continue;
      }

      const { headers, rows } = sectionRows(section, context.locale);
      const text =
        format === 'csv'
          ? toCsv(headers, rows)
          : format === 'json'
            ? `${JSON.stringify(rows, null, 2)}\n`
            : toNdjson(rows);
      const target = join(directory, `${code}.${format}`);
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        throw new MhbNodeError('NODE_FILE_WRITE_FAILED', context.locale, {
          path: target,
          reason: describeFsError(error),
        });
      }
      // English needs a singular form; a one-record section has its own message.
      const wrote = rows.length === 1 ? 'EXPORT_WROTE_ONE' : 'EXPORT_WROTE';
      context.stderr.write(`${context.message(wrote, { path: target, records: rows.length })}\n`);
    }
    return EXIT_CODES.ok;
  },
};
