/** The sandbox's time source, which tests move forward instead of waiting. */
export interface SandboxClock {
  /** Returns the current time in ms since the epoch. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
}

/**
 * Creates a sandbox clock. Without `start` it follows the system time plus the total of `advance` calls, so the
 * command-line sandbox runs in real time. With `start` it stays at that time until advanced.
 */
export function createSandboxClock(start?: number | Date): SandboxClock {
  let offset = 0;
  const fixed = start === undefined ? undefined : Number(start);

  return {
    now: () => (fixed ?? Date.now()) + offset,
    advance: (ms: number) => {
      offset += ms;
    },
  };
}
