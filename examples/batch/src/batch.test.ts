import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type RunningSandbox, startSandbox } from '@mhbkit/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// tsx's loader by absolute URL, so the child resolves it from any working directory.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// NOTE: the file-backed store rewrites and syncs its whole file on every change, so a run slows as the store grows.
// The test keeps to a few hundred tickets to stay fast; the example itself takes any number.
const TICKETS = 200;
/** The first run is killed once this many files are saved. */
const KILL_AFTER_SAVED = 40;
const CONCURRENCY = 16;

let sandbox: RunningSandbox;
let dir: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  // Files are produced at once and the sandbox enforces no interval, so the run is bound by the client alone.
  sandbox = await startSandbox({ seed: 'batch', assumptions: { minFetchIntervalMs: 0 } });
  dir = await mkdtemp(join(tmpdir(), 'mhb-batch-'));

  // A seed per ticket makes every file, and so every saved file name (its SHA-256), distinct.
  const issued = await Promise.all(
    Array.from({ length: TICKETS }, (_, index) => sandbox.issueTicket({ file: { visits: 1, seed: `batch-${index}` } })),
  );
  const tickets = issued.map((ticket) => ticket.ticket);
  await writeFile(join(dir, 'tickets.txt'), `${tickets.join('\n')}\n`);
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the batch command line as a child process, the way a user runs it. */
function startBatch(args: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', TSX_LOADER, '--conditions=@mhbkit/source', MAIN, '--store', 'state.json', '--out', 'out', ...args],
    {
      cwd: dir,
      env: { ...process.env, MHB_API_KEY: sandbox.apiKey, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function savedFiles(): Promise<string[]> {
  return (await readdir(join(dir, 'out')).catch(() => [])).filter((name) => name.endsWith('.json'));
}

async function waitForSaved(count: number, child: ChildProcess): Promise<void> {
  while ((await savedFiles()).length < count) {
    if (child.exitCode !== null) throw new Error(`the batch exited early with code ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('batch resumes after a kill', async () => {
  const args = ['--concurrency', String(CONCURRENCY), '--interval-ms', '100'];
  const first = startBatch([...args, '--tickets', 'tickets.txt']);
  const firstExit = exited(first);
  await waitForSaved(KILL_AFTER_SAVED, first);
  first.kill('SIGKILL');
  await firstExit;
  const savedByFirst = (await savedFiles()).length;

  const second = startBatch(args);
  let output = '';
  second.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  const code = await exited(second);

  const records = Object.values(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')).records) as {
    state: string;
    lastResult?: string;
  }[];
  const acknowledgements = sandbox.requests.filter((request) => request.operation === 'acknowledge');
  // NOTE: a kill after the sandbox accepted an acknowledgement but before the store recorded it leaves the ticket
  // `committed`. On resume the client acknowledges again, the sandbox rejects the repeat (its assumed G004), and the
  // ticket stays `committed`: its file is saved and the server has its acknowledgement, but the store cannot tell.
  const unconfirmed = records.filter((record) => record.state === 'committed' && record.lastResult === 'ack-rejected');

  expect(savedByFirst).toBeLessThan(TICKETS);
  expect(code).toBe(0);
  expect(output).toContain('failed 0');
  expect(await savedFiles()).toHaveLength(TICKETS);
  expect(acknowledgements.filter((request) => request.result === 'acknowledged')).toHaveLength(TICKETS);
  expect(records.filter((record) => record.state === 'acknowledged').length + unconfirmed.length).toBe(TICKETS);
  expect(unconfirmed.length).toBeLessThanOrEqual(CONCURRENCY);
}, 300_000);
