import { Bench } from 'tinybench';

/** How long tinybench samples one task: at least `iterations` calls and at least `timeMs`. */
export interface SampleBudget {
  readonly iterations: number;
  readonly timeMs: number;
  readonly warmupIterations: number;
}

/**
 * Times two tasks in one tinybench run, the measured task first and then its baseline, and returns the median
 * latency of each in milliseconds. Both run in the same process one after the other, so their ratio depends less
 * on the machine than either time does.
 */
export async function timePair(
  name: string,
  task: () => unknown,
  baseline: () => unknown,
  budget: SampleBudget,
): Promise<{ taskMs: number; baselineMs: number }> {
  const bench = new Bench({
    name,
    iterations: budget.iterations,
    time: budget.timeMs,
    warmupIterations: budget.warmupIterations,
    warmupTime: 0,
    throws: true,
  });
  bench.add('task', task);
  bench.add('baseline', baseline);
  await bench.run();

  const [measured, base] = bench.tasks.map((entry) => {
    const { result } = entry;
    if (result.state !== 'completed') throw new Error(`benchmark ${name}: task ${entry.name} ended as ${result.state}`);
    return result.latency.p50;
  });
  return { taskMs: measured!, baselineMs: base! };
}

/** Converts a byte count handled in `ms` into MB/s, with 1 MB = 10^6 bytes. */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
