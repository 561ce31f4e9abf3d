// Command line of the batch example:
//   tsx src/main.ts --store state.json --out deliveries [--tickets tickets.txt] [--concurrency 8] [--interval-ms 60000]
// A tickets file contains one ticket per line. Run again without --tickets to resume.
import { mkdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runBatch } from './batch.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'tickets.state.json' },
    out: { type: 'string', default: 'deliveries' },
    tickets: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    'interval-ms': { type: 'string' },
  },
});

const tickets =
  values.tickets === undefined
    ? undefined
    : (await readFile(values.tickets, 'utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
const intervalMs = values['interval-ms'] === undefined ? undefined : Number(values['interval-ms']);

function shortWaits(ms: number) {
  return { minFetchIntervalMs: ms, notReadyRetryAfterMs: ms, rateLimitedRetryAfterMs: ms, failureRetryAfterMs: ms };
}

await mkdir(values.out, { recursive: true });
let lastLine = 0;
const result = await runBatch({
  storePath: values.store,
  outDir: values.out,
  concurrency: Number(values.concurrency),
  ...(tickets === undefined ? {} : { tickets }),
  // Every wait is lowered only for the sandbox. NHI's SDK enforces 60 s between fetches of one ticket.
  ...(intervalMs === undefined ? {} : { policy: shortWaits(intervalMs) }),
  onProgress: (progress) => {
    // One progress line a second at most, so a large batch does not flood the log.
    if (Date.now() - lastLine < 1000) return;
    lastLine = Date.now();
    console.log(`acknowledged ${progress.acknowledged}/${progress.total}, failed ${progress.failed}`);
  },
});
console.log(`saved ${result.saved}, acknowledged ${result.acknowledged}, failed ${result.failed}`);
