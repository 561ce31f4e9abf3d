// Prints bench/results.json as Markdown tables for docs/benchmarks.md: tsx bench/src/results-table.ts [file]
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BenchResults, Measurement } from './results.js';

const path = process.argv[2] ?? fileURLToPath(new URL('../results.json', import.meta.url));
const results = JSON.parse(await readFile(path, 'utf8')) as BenchResults;

/** Table groups by name prefix, in the order the docs show them. */
const GROUPS = [
  ['Parse', 'parse-'],
  ['Decrypt', 'decrypt-'],
  ['Key derivation', 'derive-'],
  ['Retrieval', 'retrieval-'],
  ['Memory', 'memory-'],
] as const;

function format(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function row(entry: Measurement): string {
  return `| \`${entry.name}\` | ${format(entry.value)} | ${format(entry.baseline)} | ${entry.unit} | ${entry.ratio.toFixed(2)} |`;
}

const { machine } = results;
console.log(
  `${results.mode} run of ${results.date}: ${machine.cpu}, ${machine.cores} logical cores, ${machine.memoryGiB} GiB, ` +
    `Node.js ${machine.node} (${machine.platform}), load average ${machine.loadAverage} at the start and ` +
    `${results.loadAverageAtEnd} at the end, ${results.retrievalTickets} tickets per retrieval round.`,
);
for (const [title, prefix] of GROUPS) {
  const entries = results.measurements.filter((entry) => entry.name.startsWith(prefix));
  if (entries.length === 0) continue;
  console.log(`\n#### ${title}\n`);
  console.log('| name | value | baseline | unit | ratio |');
  console.log('| --- | ---: | ---: | --- | ---: |');
  for (const entry of entries) console.log(row(entry));
}
