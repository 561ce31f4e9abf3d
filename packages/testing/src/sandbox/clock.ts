import { MhbTestingError } from '../errors/testing-error.js';

/** The sandbox's time source, which tests move forward instead of waiting. */
export interface SandboxClock {
  /** Returns the current time in ms since the epoch. */
  now(): number;
  /**
   * Moves the clock forward by `ms` milliseconds.
   *
   * @throws {@link MhbTestingError} `SANDBOX_INVALID_OPTION` when `ms` is negative, `NaN` or infinite.
   */
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
      // A negative or non-finite step would move the clock back or make every later time NaN, so that no ticket
      // ever expires and the fetch interval is never enforced.
      if (!Number.isFinite(ms) || ms < 0) {
        throw new MhbTestingError({
          code: 'SANDBOX_INVALID_OPTION',
          params: { option: 'advanceMs', value: String(ms), hint: 'Pass a finite number of milliseconds, 0 or more.' },
        });
      }
      offset += ms;
    },
  };
}
