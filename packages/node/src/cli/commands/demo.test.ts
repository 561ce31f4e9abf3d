import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCatalog } from '@mhbkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliEnvironment, runCli } from '../main.js';
import { DEMO_MESSAGES } from './demo-messages.js';
import { runDemo } from './demo-run.js';

let outDir: string;

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mhb-demo-'));
});

afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  const environment: CliEnvironment = {
    stdout: { write: (chunk) => out.push(String(chunk)) },
    stderr: { write: (chunk) => err.push(String(chunk)) },
    env: {},
    cwd: outDir,
  };
  return { environment, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runDemo', () => {
  it('waits, saves, acknowledges and summarizes', async () => {
    const lines: string[] = [];
    const result = await runDemo({
      locale: 'en',
      outDir,
      readyAfterMs: 1_200,
      minFetchIntervalMs: 500,
      write: (line) => lines.push(line),
    });
    const output = lines.join('\n');

    expect(result.notReadyReplies).toBeGreaterThan(0);
    expect(result.acknowledged).toBe(true);
    expect(output).toContain('File not produced yet');
    expect(output).toContain('from 60 s to 0.5 s');
    expect(output).toContain('R7 ');
    expect(output).toContain('Lab results (first 3)');
    expect(output).toContain('Acknowledged the ticket after saving');
  });

  it('writes the raw file and the records', async () => {
    const result = await runDemo({ locale: 'en', outDir, readyAfterMs: 0, write: () => {} });
    const raw = await readFile(result.saved.rawPath);
    const records = JSON.parse(await readFile(result.saved.recordsPath, 'utf8'));

    expect(createHash('sha256').update(raw).digest('hex')).toBe(result.file.meta.sha256);
    expect(records.sections.r1.records).toHaveLength(result.file.sections.r1.records.length);
    expect(records.phase).toBe('test');
    expect((await readdir(outDir)).filter((name) => name.includes('tmp'))).toEqual([]);
  });

  it('prints zh-TW by default', async () => {
    const lines: string[] = [];
    await runDemo({ outDir, readyAfterMs: 0, write: (line) => lines.push(line) });

    expect(lines.join('\n')).toContain('檢驗結果（前 3 筆）');
  });

  it('prints no key or full ticket', async () => {
    const lines: string[] = [];
    await runDemo({ locale: 'en', outDir, readyAfterMs: 0, write: (line) => lines.push(line) });
    // File names are SHA-256 hashes of synthetic data; a 32-hex-digit run elsewhere would be a key.
    const output = lines.join('\n').replace(/[0-9a-f]{64}/g, '');

    expect(output).not.toMatch(/[0-9a-f]{32}/i);
    expect(output).not.toMatch(/\d{23}/);
  });
});

describe('mhb demo', () => {
  it('runs with --lang en and --out', async () => {
    const { environment, stdout } = collect();

    expect(await runCli(['demo', '--lang', 'en', '--out', outDir], environment)).toBe(0);
    expect(stdout()).toContain('Done. Output folder:');
    expect(stdout()).toContain(outDir);
  });

  it('rejects an unknown option', async () => {
    const { environment } = collect();

    expect(await runCli(['demo', '--fast'], environment)).toBe(2);
  });
});

it('demo catalog is complete', () => {
  expect(checkCatalog(DEMO_MESSAGES)).toEqual([]);
});
