import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeliveryZip, generateMedicalFile } from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnvironment, runCli } from '../main.js';

// The files a user has: the JSON downloaded from the My Health Bank website, named by its ROC application date
// (民國 115-07-19), and a zip the app delivered with its serverKey. The getting-started guides show these commands.
const DOWNLOADED_NAME = '健康存摺醫療類_1150719.JSON';
const API_KEY = '0123456789abcdef0123456789abcdef';

let dir: string;
let zipPath: string;
let serverKey: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mhb-real-files-'));
  const downloaded = await generateMedicalFile({ seed: 'real-files', visits: 10, applicationDate: '20260719' });
  await writeFile(join(dir, DOWNLOADED_NAME), downloaded.bytes);

  const delivered = await buildDeliveryZip({ apiKey: API_KEY, seed: 'real-files', content: { visits: 5 } });
  zipPath = join(dir, delivered.fileName);
  serverKey = delivered.serverKey;
  await writeFile(zipPath, delivered.zip);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function mhb(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const environment: CliEnvironment = {
    stdout: { write: (chunk) => out.push(String(chunk)) },
    stderr: { write: (chunk) => err.push(String(chunk)) },
    env,
    cwd: dir,
  };
  const code = await runCli(args, environment);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('mhb inspect on real-style files', () => {
  it('reads the downloaded JSON by its name', async () => {
    const { code, stdout } = await mhb(['inspect', DOWNLOADED_NAME, '--json']);
    const report = JSON.parse(stdout);

    expect(code).toBe(0);
    expect(report.meta.appliedDate).toBe('2026-07-19');
    expect(report.sections.r1.status).toBe('parsed');
  });

  it('decrypts a delivered zip with its server key', async () => {
    const { code, stdout } = await mhb(['inspect', zipPath, '--server-key', serverKey, '--json'], {
      MHB_API_KEY: API_KEY,
    });

    expect(code).toBe(0);
    expect(JSON.parse(stdout).sections.r1.records).toBeGreaterThan(0);
  });

  it('rejects a wrong server key', async () => {
    const { code, stderr } = await mhb(['inspect', zipPath, '--server-key', '0'.repeat(32)], { MHB_API_KEY: API_KEY });

    expect(code).toBe(5);
    expect(stderr).toContain('ZIP_WRONG_PASSWORD');
  });
});
