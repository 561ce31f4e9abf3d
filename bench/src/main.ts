// The benchmark runner: `npm run bench` for the full run, `npm run bench -- --quick` for a shorter one.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.js';
import { type Measurement, writeResults } from './results.js';
import { runDecryptSuite } from './suites/decrypt.js';
import { runMemorySuite } from './suites/memory.js';
import { runParseSuite } from './suites/parse.js';
import { runRetrievalSuite } from './suites/retrieval.js';

const SUITES = ['parse', 'decrypt', 'retrieval', 'memory'] as const;
type SuiteName = (typeof SUITES)[number];

const HELP = `Usage: npm run bench -- [--quick] [--suite <name>]... [--tickets <n>] [--rounds <n>] [--out <file>]

  --quick         fewer samples, 100 tickets per round and a 50 MB iterator file
  --tickets <n>   tickets each side redeems per retrieval round (default: 1000, or 100 with --quick)
  --rounds <n>    retrieval rounds per concurrency; the median round is reported (default: 1)
  --suite <name>  run only this suite: ${SUITES.join(', ')} (repeatable; default: all)
  --out <file>    where to write the results (default: bench/results.json)
`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    suite: { type: 'string', multiple: true },
    tickets: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    out: { type: 'string', default: fileURLToPath(new URL('../results.json', import.meta.url)) },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const unknown = (values.suite ?? []).filter((name) => !(SUITES as readonly string[]).includes(name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown suite: ${unknown.join(', ')}. Use one of ${SUITES.join(', ')}.\n`);
  process.exit(2);
}
const tickets = Number(values.tickets ?? (values.quick ? 100 : 1000));
if (!Number.isInteger(tickets) || tickets < 1) {
  process.stderr.write(`Invalid --tickets ${values.tickets}: use a whole number of tickets ≥ 1.\n`);
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write(`Invalid --rounds ${values.rounds}: use a whole number of rounds ≥ 1.\n`);
  process.exit(2);
}
const selected = new Set<SuiteName>((values.suite as SuiteName[] | undefined) ?? SUITES);
const quick = values.quick;
const log = (line: string): void => {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
};

const machine = describeMachine();
log(`${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage}`);
const measurements: Measurement[] = [];

/** Writes the measurements so far, so that an interrupted run keeps the suites it finished. */
async function save(): Promise<void> {
  await writeResults(values.out, {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine,
    loadAverageAtEnd: describeMachine().loadAverage,
    retrievalTickets: tickets,
    measurements,
  });
}

if (selected.has('parse')) {
  measurements.push(
    ...(await runParseSuite({
      sizes: [1, 10, 50],
      budget: quick
        ? { iterations: 2, timeMs: 0, warmupIterations: 1 }
        : { iterations: 5, timeMs: 2000, warmupIterations: 2 },
      log,
    })),
  );
  await save();
}
if (selected.has('decrypt')) {
  measurements.push(
    ...(await runDecryptSuite({
      size: 10,
      budget: quick
        ? { iterations: 3, timeMs: 0, warmupIterations: 1 }
        : { iterations: 10, timeMs: 2000, warmupIterations: 2 },
      derivationBudget: quick
        ? { iterations: 50, timeMs: 200, warmupIterations: 10 }
        : { iterations: 200, timeMs: 1000, warmupIterations: 20 },
      log,
    })),
  );
  await save();
}
if (selected.has('memory')) {
  measurements.push(...(await runMemorySuite({ parseSize: 50, iterateSize: quick ? 50 : 200, log })));
  await save();
}
// Retrieval runs last because it takes longest, so an interrupted run still has the other suites.
if (selected.has('retrieval')) {
  measurements.push(
    ...(await runRetrievalSuite({
      tickets,
      concurrencies: [1, 8, 32],
      rounds,
      log,
    })),
  );
  await save();
}

log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node.js ${machine.node}`);
console.table(
  measurements.map(({ name, unit, value, baseline, ratio }) => ({
    name,
    unit,
    value: round(value),
    baseline: round(baseline),
    ratio: round(ratio),
  })),
);
log(`results written to ${values.out}`);

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
