import { createRetrievalClient } from '@mhbkit/retrieval';
import { runPlainLoop } from '../plain-loop.js';
import { type Measurement, measurement } from '../results.js';
import { type SandboxProcess, startSandboxProcess } from '../sandbox-client.js';

/** Settings of the retrieval suite. */
export interface RetrievalSuiteOptions {
  /** Tickets redeemed by each side in each round. */
  readonly tickets: number;
  readonly concurrencies: readonly number[];
  /** Rounds per concurrency. The median round of each side is reported. */
  readonly rounds: number;
  readonly log: (line: string) => void;
}

/** Every wait of the client's policy set to zero: the sandbox serves each file at once and enforces no interval. */
const NO_WAIT_POLICY = {
  minFetchIntervalMs: 0,
  notReadyRetryAfterMs: 0,
  failureRetryAfterMs: 0,
  rateLimitedRetryAfterMs: 0,
};

/**
 * Measures `client.deliveries()` against a plain `fetch` loop that does the same work: download, Base64 decode,
 * password derivation with Web Crypto, zip opening, parsing and acknowledgement. Both run against one sandbox
 * server on 127.0.0.1 in a child process. Values are seconds for all tickets of a round, issued before the clock
 * starts.
 */
export async function runRetrievalSuite(options: RetrievalSuiteOptions): Promise<Measurement[]> {
  const sandbox = await startSandboxProcess();
  try {
    const results: Measurement[] = [];
    for (const concurrency of options.concurrencies) {
      const clientSeconds: number[] = [];
      const plainSeconds: number[] = [];
      for (let round = 0; round < options.rounds; round += 1) {
        options.log(`retrieval: concurrency ${concurrency}, round ${round + 1} of ${options.rounds}`);
        // The two sides alternate in order, so that neither always runs on a warmer process.
        const clientFirst = round % 2 === 0;
        if (clientFirst) clientSeconds.push(await timeClient(sandbox, options.tickets, concurrency));
        plainSeconds.push(await timePlain(sandbox, options.tickets, concurrency));
        if (!clientFirst) clientSeconds.push(await timeClient(sandbox, options.tickets, concurrency));
      }
      results.push(
        measurement(
          `retrieval-c${concurrency}`,
          `client.deliveries() of ${options.tickets} tickets at concurrency ${concurrency} vs a plain fetch loop ` +
            'doing the same download, decode, derivation, unzip, parse and acknowledgement',
          's',
          median(clientSeconds),
          median(plainSeconds),
        ),
      );
    }
    return results;
  } finally {
    await sandbox.stop();
  }
}

async function timeClient(sandbox: SandboxProcess, count: number, concurrency: number): Promise<number> {
  const tickets = await sandbox.issueTickets(count);
  const client = createRetrievalClient({
    apiKey: sandbox.apiKey,
    phase: 'test',
    profile: sandbox.profile,
    allowUnverifiedProfile: true,
    policy: NO_WAIT_POLICY,
  });

  const start = performance.now();
  let delivered = 0;
  for await (const delivery of client.deliveries({ tickets, concurrency })) {
    if (delivery.file.meta.byteLength > 0) delivered += 1;
  }
  const seconds = (performance.now() - start) / 1000;

  const acknowledged = await countState(client.store, tickets, 'acknowledged');
  if (delivered !== count || acknowledged !== count) {
    throw new Error(
      `retrieval: the client delivered ${delivered} and acknowledged ${acknowledged} of ${count} tickets`,
    );
  }
  return seconds;
}

async function timePlain(sandbox: SandboxProcess, count: number, concurrency: number): Promise<number> {
  const tickets = await sandbox.issueTickets(count);

  const start = performance.now();
  const acknowledged = await runPlainLoop({ profile: sandbox.profile, apiKey: sandbox.apiKey, tickets, concurrency });
  const seconds = (performance.now() - start) / 1000;

  if (acknowledged !== count)
    throw new Error(`retrieval: the plain loop acknowledged ${acknowledged} of ${count} tickets`);
  return seconds;
}

async function countState(
  store: { get(ticket: string): Promise<{ state: string } | undefined> },
  tickets: readonly string[],
  state: string,
): Promise<number> {
  let count = 0;
  for (const ticket of tickets) if ((await store.get(ticket))?.state === state) count += 1;
  return count;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
