import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningSandbox, startSandbox } from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../test-support/built-package.js';
import { CLI_PATH, runCliAsync } from '../test-support/run-cli.js';

let dir: string;
let sandbox: RunningSandbox;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'mhb-fetch-'));
  sandbox = await startSandbox({ readyAfterMs: 0 });
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('mhb fetch', () => {
  it('saves, then acknowledges each ticket', async () => {
    const first = await sandbox.issueTicket({ file: { seed: 21, visits: 3 } });
    const second = await sandbox.issueTicket({ file: { seed: 22, visits: 3 } });
    const out = join(dir, 'deliveries');

    const run = await runCliAsync(['fetch', '--ticket', first.ticket, '--ticket', second.ticket, '--out', out], {
      env: { MHB_API_KEY: sandbox.apiKey, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url, MHB_LOCALE: 'en' },
    });
    expect(run.stderr).toContain('saved 2, acknowledged 2, failed 0');
    expect(run.status).toBe(0);

    const files = (await readdir(out)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    expect(files).toHaveLength(2);
    const saved = await readFile(join(out, files[0]!), 'utf8');
    expect(saved).toContain('myhealthbank');

    const operations = sandbox.requests.map((request) => request.operation);
    expect(operations.filter((operation) => operation === 'acknowledge')).toHaveLength(2);
    expect(operations.lastIndexOf('download')).toBeLessThan(operations.indexOf('acknowledge') + 2);
  });

  it('prints plain progress lines without a terminal', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 23, visits: 2 } });
    const run = await runCliAsync(['fetch', '-t', issued.ticket, '--out', join(dir, 'plain')], {
      env: { MHB_API_KEY: sandbox.apiKey, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('票號 1/1');
    expect(run.stderr).not.toContain('\r');
  });

  it('never prints the ticket or the API key', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 24, visits: 2 } });
    const run = await runCliAsync(['fetch', '-t', issued.ticket, '--out', join(dir, 'secret')], {
      env: { MHB_API_KEY: sandbox.apiKey, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url },
    });
    expect(run.stderr).not.toContain(issued.ticket);
    expect(run.stderr).not.toContain(sandbox.apiKey);
  });

  it('prints each retry of an acknowledged ticket', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 27, visits: 2 } });
    const env = {
      PATH: process.env['PATH'] ?? '',
      MHB_API_KEY: sandbox.apiKey,
      MHB_PHASE: 'test',
      MHB_BASE_URL: sandbox.url,
      MHB_LOCALE: 'en',
    };
    const first = await runCliAsync(['fetch', '-t', issued.ticket, '--out', join(dir, 'acknowledged')], { env });
    expect(first.status).toBe(0);

    // A second run with a new store downloads the acknowledged ticket again, and waits to retry the response.
    const args = ['fetch', '-t', issued.ticket, '--out', join(dir, 'acknowledged-again'), '--max-failed-attempts', '3'];
    const child = spawn(process.execPath, [CLI_PATH, ...args], { env });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('already acknowledged')) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(status).toBe(130);
    expect(stderr).toMatch(/not delivered yet: unknown \(raw code [^)]*oType 2\); next attempt at \d{4}-\d\d-\d\dT/);
    expect(stderr).toContain('oType 2 may mean that the ticket expired or was already acknowledged.');
  }, 60_000);

  it('hints at the key and phase on key-rejected', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 26, visits: 2 } });
    const run = await runCliAsync(['fetch', '-t', issued.ticket, '--out', join(dir, 'wrong-key')], {
      env: { MHB_API_KEY: 'wrong-api-key-0001', MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url, MHB_LOCALE: 'en' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('key-rejected');
    expect(run.stderr).toContain('check MHB_API_KEY and that the key belongs to the phase test');
  });

  it.each([
    ['no --out', ['fetch', '-t', 'T'], {}, /--out/],
    ['no base URL', ['fetch', '-t', 'T', '--out', 'x'], { MHB_API_KEY: 'k', MHB_PHASE: 'test' }, /MHB_BASE_URL/],
    [
      'no phase',
      ['fetch', '-t', 'T', '--out', 'x', '--base-url', 'http://127.0.0.1:9'],
      { MHB_API_KEY: 'k' },
      /MHB_PHASE/,
    ],
    [
      'a bad phase',
      ['fetch', '-t', 'T', '--out', 'x', '--phase', 'staging', '--base-url', 'http://127.0.0.1:9'],
      { MHB_API_KEY: 'k' },
      /--phase/,
    ],
  ])('exits 2 with %s', async (_case, args, env, pattern) => {
    const run = await runCliAsync(args, { env, cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
  });

  it('exits 6 when the server is unreachable', async () => {
    const closed = await startSandbox();
    const url = closed.url;
    await closed.close();

    const args = ['fetch', '-t', 'TICKET-UNREACHABLE-01', '--out', join(dir, 'down'), '--max-failed-attempts', '1'];
    const run = await runCliAsync(args, {
      env: { MHB_API_KEY: 'k', MHB_PHASE: 'test', MHB_BASE_URL: url, MHB_LOCALE: 'en' },
    });
    expect(run.status).toBe(6);
    expect(run.stderr).toContain('failed 1');
  });

  it('stops on Ctrl+C and keeps the ticket for a resume', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 25, visits: 2 }, readyAfterMs: 600_000 });
    const out = join(dir, 'interrupted');
    const child = spawn(process.execPath, [CLI_PATH, 'fetch', '-t', issued.ticket, '--out', out], {
      env: {
        PATH: process.env['PATH'] ?? '',
        MHB_API_KEY: sandbox.apiKey,
        MHB_PHASE: 'test',
        MHB_BASE_URL: sandbox.url,
      },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    // Interrupt once the sandbox has returned the first download with "not produced yet".
    const poll = setInterval(() => {
      // The request log keeps only the last four characters of a ticket.
      if (
        sandbox.requests.some(
          (request) => request.result === 'notReady' && issued.ticket.endsWith(request.ticket ?? '-'),
        )
      ) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 100);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);

    expect(status).toBe(130);
    expect(stderr).toContain('已中斷');
    const state = JSON.parse(await readFile(join(out, '.mhb-tickets.test.json'), 'utf8'));
    expect(state.records[issued.ticket].state).toBe('pending');
  }, 60_000);
});
