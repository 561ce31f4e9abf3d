import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../config/retry-policy.js';
import { backoffDelay, parseRetryAfter } from './retry-delay.js';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['seconds', '120', 120_000],
    ['zero', '0', 0],
    ['padded seconds', ' 5 ', 5000],
    ['HTTP date', 'Fri, 04 Dec 2026 12:00:30 GMT', 30_000],
    ['past date', 'Fri, 04 Dec 2026 11:00:00 GMT', 0],
    ['missing', null, undefined],
    ['empty', '', undefined],
    ['negative', '-5', undefined],
    ['fraction', '1.5', undefined],
    ['garbage', 'soon', undefined],
  ])('parses %s', (_name, value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it('never throws and never returns a negative delay', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const delay = parseRetryAfter(value, NOW);
        expect(delay === undefined || delay >= 0).toBe(true);
      }),
    );
  });
});

describe('backoffDelay', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [10, 8000],
  ])('waits the full delay for retry %i without jitter', (retryIndex, expected) => {
    expect(backoffDelay({ ...DEFAULT_RETRY_POLICY, jitter: 0 }, retryIndex, () => 0.9)).toBe(expected);
  });

  it('removes at most the jitter share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay(DEFAULT_RETRY_POLICY, n, () => r);
          const full = Math.min(500 * 2 ** n, 8000);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(full * 0.75));
          expect(delay).toBeLessThanOrEqual(full);
        },
      ),
    );
  });
});
