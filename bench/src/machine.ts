import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a run measured, for the results file and the docs. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  /** The 1-minute load average when the description was taken. Above the core count, other work competed for CPU. */
  readonly loadAverage: number;
}

/** Reads the CPU model, logical core count, total memory, Node.js version and load average of this machine. */
export function describeMachine(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}
