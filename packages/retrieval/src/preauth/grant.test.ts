import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbGrantError, type MhbGrantError } from './errors.js';
import { isGrantExpired, parseGrant } from './grant.js';
import { GrantToken } from './grant-token.js';

const INPUT = {
  id: 'grant-1',
  userId: 'user-1',
  token: 'tok-synthetic-0001-abcdef',
  phase: 'test',
  scope: { categories: ['B', 'A', 'A'], months: ['2024-05', '2024-01'] },
  grantedAt: '2026-01-01T00:00:00Z',
  expiresAt: '2026-07-01T00:00:00+08:00',
};

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseGrant', () => {
  it('wraps the token as a secret', () => {
    expect(parseGrant(INPUT).token).toBeInstanceOf(GrantToken);
  });

  it('keeps the token value', () => {
    expect(parseGrant(INPUT).token.reveal()).toBe(INPUT.token);
  });

  it('prints the token redacted', () => {
    expect(JSON.stringify(parseGrant(INPUT))).not.toContain(INPUT.token);
  });

  it('sorts and deduplicates the scope', () => {
    expect(parseGrant(INPUT).scope).toEqual({ categories: ['A', 'B'], months: ['2024-01', '2024-05'] });
  });

  it('reads ISO times with offsets', () => {
    expect(parseGrant(INPUT).expiresAt.toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });

  it('accepts epoch milliseconds', () => {
    expect(parseGrant({ ...INPUT, grantedAt: 0 }).grantedAt.getTime()).toBe(0);
  });

  it('accepts a parsed grant again', () => {
    const grant = parseGrant(INPUT);
    expect(parseGrant(grant)).toEqual(grant);
  });

  it('ignores unknown fields', () => {
    expect(parseGrant({ ...INPUT, extra: 1 }).id).toBe('grant-1');
  });

  it.each([
    ['missing token', { ...INPUT, token: undefined }, 'token'],
    ['blank token', { ...INPUT, token: '   ' }, 'token'],
    ['bad phase', { ...INPUT, phase: 'staging' }, 'phase'],
    ['bad month', { ...INPUT, scope: { categories: 'all', months: ['2024-13'] } }, 'scope.months.0'],
    ['empty categories', { ...INPUT, scope: { categories: [], months: 'all' } }, 'scope.categories'],
    ['bad time', { ...INPUT, grantedAt: 'yesterday' }, 'grantedAt'],
    ['end before start', { ...INPUT, expiresAt: '2025-01-01T00:00:00Z' }, 'expiresAt'],
    ['blank user', { ...INPUT, userId: '' }, 'userId'],
  ])('rejects %s', (_name, input, field) => {
    const error = errorOf(() => parseGrant(input));
    expect(isMhbGrantError(error)).toBe(true);
    expect((error as MhbGrantError).code).toBe('GRANT_INVALID');
    expect((error as Error).message).toContain(field);
  });

  it('never shows the token in errors', () => {
    const error = errorOf(() => parseGrant({ ...INPUT, token: 12345678901234 }));
    expect((error as Error).message).not.toContain('12345678901234');
  });

  it('writes the error in English', () => {
    expect(() => parseGrant({ ...INPUT, phase: 'x' }, 'en')).toThrow(/pre-authorization phase is invalid/);
  });

  it('writes the error in zh-TW by default', () => {
    expect(() => parseGrant({ ...INPUT, phase: 'x' })).toThrow(/預先授權資料/);
  });
});

describe('isGrantExpired', () => {
  const grant = parseGrant(INPUT);

  it('is false before the end', () => {
    expect(isGrantExpired(grant, grant.expiresAt.getTime() - 1)).toBe(false);
  });

  it('is true at the end', () => {
    expect(isGrantExpired(grant, grant.expiresAt.getTime())).toBe(true);
  });
});

describe('parseGrant on arbitrary input', () => {
  it('returns a grant or a grant error', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.integer());
    const input = fc.record(
      {
        id: field,
        userId: field,
        token: field,
        phase: fc.constantFrom('test', 'x'),
        scope: fc.anything(),
        grantedAt: field,
        expiresAt: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (value) => {
        try {
          parseGrant(value);
        } catch (error) {
          expect(isMhbGrantError(error)).toBe(true);
        }
      }),
    );
  });
});
