import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbGrantError } from './errors.js';
import { ALL_DATA_SCOPE, type GrantScope, isScopeWithin, parseGrantScope } from './grant-scope.js';
import { GrantToken } from './grant-token.js';
import { OBSERVED_SDK_PRODUCTION_2019 } from './preauth-protocol.js';
import { formatMonth, productionFields } from './production-fields.js';

describe('isScopeWithin', () => {
  const granted: GrantScope = { categories: ['A', 'B'], months: ['2024-01', '2024-02'] };

  it.each<[string, GrantScope, GrantScope, boolean]>([
    ['same scope', granted, granted, true],
    ['narrower lists', { categories: ['A'], months: ['2024-02'] }, granted, true],
    ['other category', { categories: ['C'], months: ['2024-01'] }, granted, false],
    ['other month', { categories: ['A'], months: ['2023-12'] }, granted, false],
    ['all categories under a list', { categories: 'all', months: ['2024-01'] }, granted, false],
    ['anything under all', granted, ALL_DATA_SCOPE, true],
    ['all under all', ALL_DATA_SCOPE, ALL_DATA_SCOPE, true],
  ])('%s', (_name, requested, grant, expected) => {
    expect(isScopeWithin(requested, grant)).toBe(expected);
  });

  it('holds for every sublist', () => {
    const month = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }));
    const months = fc.uniqueArray(
      month.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      { minLength: 1 },
    );
    fc.assert(
      fc.property(months, fc.nat(), (list, cut) => {
        const requested = list.slice(0, 1 + (cut % list.length));
        return isScopeWithin({ categories: 'all', months: requested }, { categories: 'all', months: list });
      }),
    );
  });
});

describe('parseGrantScope', () => {
  it('rejects a year before ROC year 1', () => {
    expect(() => parseGrantScope({ categories: 'all', months: ['1911-12'] })).toThrow(
      expect.objectContaining({ code: 'GRANT_SCOPE_INVALID' }),
    );
  });

  it('rejects a bad month', () => {
    expect(() => parseGrantScope({ categories: 'all', months: ['2024-1'] })).toThrow(
      expect.objectContaining({ code: 'GRANT_SCOPE_INVALID' }),
    );
  });

  it('never throws anything but a grant error', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseGrantScope(input);
          return true;
        } catch (error) {
          return isMhbGrantError(error);
        }
      }),
    );
  });
});

describe('formatMonth', () => {
  it.each([
    ['roc-yyymm', '2024-05', '11305'],
    ['roc-yyymm', '2010-12', '09912'],
    ['roc-yyymm', '1912-01', '00101'],
    ['yyyymm', '2024-05', '202405'],
    ['yyyy-mm', '2024-05', '2024-05'],
  ] as const)('%s writes %s as %s', (format, month, expected) => {
    expect(formatMonth(month, format)).toBe(expected);
  });
});

describe('productionFields', () => {
  const token = GrantToken.from('tok-synthetic');

  it('flags all data', () => {
    expect(productionFields(token, ALL_DATA_SCOPE, OBSERVED_SDK_PRODUCTION_2019)).toEqual({
      sToken: token,
      sAllData: 'Y',
      sDataYM: [],
      sAllCtgy: 'Y',
      sCtgy: [],
    });
  });

  it('lists months and categories', () => {
    const scope = { categories: ['A1'], months: ['2024-05'] };
    expect(productionFields(token, scope, { ...OBSERVED_SDK_PRODUCTION_2019, listFormat: 'comma' })).toMatchObject({
      sAllData: 'N',
      sDataYM: '11305',
      sCtgy: 'A1',
    });
  });
});

describe('parseGrantScope messages', () => {
  it.each([
    ['zh-TW', ['2026-13'], '月份須為 YYYY-MM 格式'],
    ['en', ['2026-13'], 'expected a month as YYYY-MM'],
    ['zh-TW', ['1800-01'], '年份須介於 1912 至 2910 之間'],
    ['en', ['1800-01'], 'expected a year from 1912 to 2910'],
  ] as const)('words a bad month in %s', (locale, months, text) => {
    const error = (() => {
      try {
        parseGrantScope({ categories: 'all', months }, locale);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain(text);
  });

  it('words zod issues in zh-TW', () => {
    const error = (() => {
      try {
        parseGrantScope({ categories: 42, months: 'all' }, 'zh-TW');
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).not.toMatch(/Invalid|expected/);
  });
});
