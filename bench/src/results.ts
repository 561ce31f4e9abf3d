import { writeFile } from 'node:fs/promises';
import type { MachineInfo } from './machine.js';

/** The unit of a measurement. Throughput (MB/s) is better when higher, the other units when lower. */
export type Unit = 'MB/s' | 's' | 'ms' | 'bytes' | 'x file size';

/** One measurement and the baseline it is compared with, both in `unit`. */
export interface Measurement {
  /** A stable name, e.g. `parse-10mb`, that the docs and the targets refer to. */
  readonly name: string;
  /** A one-line description of the measured side and its baseline. */
  readonly description: string;
  readonly value: number;
  readonly unit: Unit;
  readonly baseline: number;
  /** `value / baseline`. */
  readonly ratio: number;
}

/** The content of `bench/results.json`. */
export interface BenchResults {
  readonly date: string;
  readonly mode: 'full' | 'quick';
  /** The machine, described when the run started. */
  readonly machine: MachineInfo;
  /** The 1-minute load average when the run ended. */
  readonly loadAverageAtEnd: number;
  /** Tickets each side redeemed per retrieval round. */
  readonly retrievalTickets: number;
  readonly measurements: readonly Measurement[];
}

/** Builds a measurement and computes its ratio. */
export function measurement(
  name: string,
  description: string,
  unit: Unit,
  value: number,
  baseline: number,
): Measurement {
  return { name, description, unit, value, baseline, ratio: value / baseline };
}

/** Writes the results as indented JSON. */
export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
