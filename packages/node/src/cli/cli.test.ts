import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECTION_CODES } from '@mhbkit/retrieval';
import {
  buildDeliveryZip,
  buildWebsiteZip,
  type GenerationSummary,
  generateMedicalFile,
  NO_QUIRKS,
} from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../test-support/built-package.js';
import { runCli } from '../test-support/run-cli.js';

const API_KEY = 'sandbox-api-key-0001';
const WEBSITE_PASSWORD = 'website-pass-1234';
const STATUS_OF_MODE = { populated: 'parsed', empty: 'no-data', noData: 'no-data', absent: 'absent' } as const;

let dir: string;
let serverKey: string;
let generated: GenerationSummary;

/** Builds the exact `--json` report expected for a generated JSON file without issues. */
function expectedReport(summary: GenerationSummary) {
  const sections = Object.fromEntries(
    SECTION_CODES.map((code) => {
      const section = summary.sections[code];
      return [code, { status: STATUS_OF_MODE[section.status], records: section.records }];
    }),
  );
  const applied = summary.applicationDate;
  return {
    meta: {
      maskedId: summary.maskedId,
      appliedDate: `${applied.slice(0, 4)}-${applied.slice(4, 6)}-${applied.slice(6, 8)}`,
      format: summary.format,
    },
    sections,
    issues: [],
  };
}

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'mhb-cli-'));

  const file = generateMedicalFile({ seed: 11, visits: 6, sections: { r2: 'noData', r3: 'empty', r4: 'absent' } });
  generated = file.summary;
  await writeFile(join(dir, 'real.json'), file.bytes);
  await writeFile(join(dir, 'plain.json'), generateMedicalFile({ seed: 11, visits: 6, quirks: NO_QUIRKS }).bytes);
  await writeFile(join(dir, 'file.xml'), generateMedicalFile({ seed: 12, format: 'xml' }).bytes);
  await writeFile(
    join(dir, 'raw-tabs.json'),
    generateMedicalFile({ seed: 13, quirks: { rawControlCharacters: true } }).bytes,
  );
  await writeFile(join(dir, 'truncated.json'), file.bytes.subarray(0, Math.floor(file.bytes.length / 2)));

  const delivery = await buildDeliveryZip({ apiKey: API_KEY, seed: 14, content: { seed: 14, visits: 4 } });
  serverKey = delivery.serverKey;
  await writeFile(join(dir, 'delivery.zip'), delivery.zip);
  await writeFile(join(dir, 'zip-named.json'), delivery.zip);
  const website = await buildWebsiteZip({ password: WEBSITE_PASSWORD, content: { seed: 15, visits: 3 } });
  await writeFile(join(dir, 'website.zip'), website.zip);
}, 600_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mhb inspect', () => {
  it('prints the table in zh-TW by default', () => {
    const run = runCli(['inspect', join(dir, 'real.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('段落');
    expect(run.stdout).toContain('西醫門診資料');
    expect(run.stdout).toContain('沒有問題');
  });

  it('prints the table in English with --lang en', () => {
    const run = runCli(['inspect', join(dir, 'real.json'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Section');
    expect(run.stdout).toContain('No issues.');
  });

  it('prints English with MHB_LOCALE=en', () => {
    const run = runCli(['inspect', join(dir, 'real.json')], { env: { MHB_LOCALE: 'en' } });
    expect(run.stdout).toContain('Records');
  });

  it('prints the exact --json shape', () => {
    const run = runCli(['inspect', join(dir, 'real.json'), '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual(expectedReport(generated));
  });

  it.each([
    ['BOM, CRLF and TABs', 'real.json'],
    ['no quirks', 'plain.json'],
  ])('reads a file with %s', (_case, name) => {
    const report = JSON.parse(runCli(['inspect', join(dir, name), '--json']).stdout);
    expect(report.sections.r1).toStrictEqual({ status: 'parsed', records: generated.sections.r1.records });
  });

  it('lists raw control characters as issues', () => {
    const report = JSON.parse(runCli(['inspect', join(dir, 'raw-tabs.json'), '--json']).stdout);
    expect(report.issues.length).toBeGreaterThan(0);
    expect(Object.keys(report.issues[0])).toStrictEqual(['code', 'section', 'index', 'field']);
    expect(report.issues[0].code).toBe('CONTROL_CHARACTERS_REPAIRED');
  });

  it('marks r9 to r14 of XML as not in format', () => {
    const report = JSON.parse(runCli(['inspect', join(dir, 'file.xml'), '--json']).stdout);
    expect(report.meta.format).toBe('xml');
    expect(report.sections.r9).toStrictEqual({ status: 'not-in-format', records: 0 });
    expect(report.sections.r14).toStrictEqual({ status: 'not-in-format', records: 0 });
  });

  it('opens a delivery zip with the server key', () => {
    const run = runCli(['inspect', join(dir, 'delivery.zip'), '--server-key', serverKey, '--json'], {
      env: { MHB_API_KEY: API_KEY },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).sections.r1.status).toBe('parsed');
  });

  it('opens a website zip with --password', () => {
    const run = runCli(['inspect', join(dir, 'website.zip'), '--password', WEBSITE_PASSWORD, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).meta.format).toBe('json');
  });

  it('warns when the API key is an argument', () => {
    const run = runCli(['inspect', join(dir, 'delivery.zip'), '--server-key', serverKey, '--api-key', API_KEY]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('--api-key');
    expect(run.stderr).not.toContain(API_KEY);
  });
});

describe('mhb errors', () => {
  it.each([
    ['truncated JSON', ['inspect', 'truncated.json'], 4, /FILE_(INCOMPLETE|INVALID_JSON)/],
    ['a zip named .json', ['inspect', 'zip-named.json'], 2, /zip/],
    ['a missing file', ['inspect', 'missing.json'], 3, /NODE_FILE_NOT_FOUND/],
    ['an unknown command', ['frobnicate'], 2, /frobnicate/],
    ['no command', [], 2, /mhb <指令>/],
    ['an unknown option', ['inspect', 'real.json', '--bogus'], 2, /CLI_USAGE/],
    ['an invalid --lang', ['inspect', 'real.json', '--lang', 'fr'], 2, /--lang/],
    ['no API key for a zip', ['inspect', 'delivery.zip', '--server-key', 'abc'], 2, /MHB_API_KEY/],
  ])('exits on %s', (_case, args, status, pattern) => {
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(pattern);
  });

  it('exits 5 on a wrong server key without printing keys', () => {
    const wrongKey = 'f'.repeat(32);
    const run = runCli(['decrypt', 'delivery.zip', '--server-key', wrongKey], {
      cwd: dir,
      env: { MHB_API_KEY: API_KEY },
    });
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('ZIP_WRONG_PASSWORD');
    expect(run.stderr).not.toContain(API_KEY);
    expect(run.stderr).not.toContain(wrongKey);
  });

  it('localizes errors in English', () => {
    const run = runCli(['inspect', 'missing.json', '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toMatch(/^Error: File .* not found\. Check the path\. \(NODE_FILE_NOT_FOUND\)$/m);
  });

  it('prints a stack trace only with --debug', () => {
    expect(runCli(['inspect', 'missing.json'], { cwd: dir }).stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['inspect', 'missing.json', '--debug'], { cwd: dir }).stderr).toMatch(/\n\s+at /);
  });
});

describe('mhb decrypt', () => {
  it('writes the file inside the zip to --out', async () => {
    const out = join(dir, 'decrypted.json');
    const run = runCli(['decrypt', 'delivery.zip', '--server-key', serverKey, '--out', out], {
      cwd: dir,
      env: { MHB_API_KEY: API_KEY },
    });
    expect(run.status).toBe(0);
    expect((await readFile(out)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(runCli(['inspect', out, '--json']).status).toBe(0);
  });

  it('writes to standard output without --out', () => {
    const run = runCli(['decrypt', 'website.zip', '--password', WEBSITE_PASSWORD], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('myhealthbank');
  });
});

describe('mhb export', () => {
  it.each(['csv', 'ndjson', 'json'])('writes one %s file per present section', async (format) => {
    const out = join(dir, `export-${format}`);
    const run = runCli(['export', 'real.json', '--format', format, '--out', out], { cwd: dir });
    expect(run.status).toBe(0);

    const files = (await readdir(out)).sort();
    expect(files).toContain(`r1.${format}`);
    expect(files).toContain(`r2.${format}`);
    expect(files).not.toContain(`r4.${format}`);
    expect(files.some((name) => name.includes('mhbtmp'))).toBe(false);
  });

  it('writes zh-TW CSV headers by default', async () => {
    const out = join(dir, 'export-zh');
    runCli(['export', 'real.json', '--format', 'csv', '--out', out], { cwd: dir });
    const lines = (await readFile(join(out, 'r1.csv'), 'utf8')).split('\r\n');
    expect(lines[0]).toContain('就醫日期');
    expect(lines.filter((line) => line !== '')).toHaveLength(generated.sections.r1.records + 1);
  });

  it('writes English keys with --lang en', async () => {
    const out = join(dir, 'export-en');
    runCli(['export', 'real.json', '--format', 'ndjson', '--out', out, '--lang', 'en'], { cwd: dir });
    const rows = (await readFile(join(out, 'r1.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(generated.sections.r1.records);
    expect(Object.keys(rows[0])).toContain('Visit date');
  });

  it('writes "1 record" in English', () => {
    const run = runCli(['export', 'real.json', '--out', join(dir, 'export-plural'), '--lang', 'en'], { cwd: dir });
    for (const code of SECTION_CODES) {
      const records = generated.sections[code].records;
      if (records === 0) continue;
      const counted = records === 1 ? '1 record' : `${records} records`;
      expect(run.stderr).toContain(`${code}.ndjson (${counted})`);
    }
    expect(run.stderr).not.toContain('(1 records)');
  });

  it('rejects an unknown --format', () => {
    const run = runCli(['export', 'real.json', '--format', 'xlsx', '--out', 'x'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ndjson, csv, json');
  });
});
