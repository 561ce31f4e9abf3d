import {
  type GrantScope,
  GrantToken,
  OBSERVED_SDK_PRODUCTION_2019,
  type PreauthProtocol,
  parseGrantScope,
} from '@mhbkit/retrieval';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRequestedScope } from './grants-route.js';

const PROTOCOL = OBSERVED_SDK_PRODUCTION_2019;

/** Writes a scope the way the client does, without importing its internal helper. */
function fieldsFor(scope: GrantScope, protocol: PreauthProtocol): Record<string, unknown> {
  const names = protocol.requestFields;
  const month = (value: string) => {
    const [year = '', monthOfYear = ''] = value.split('-');
    if (protocol.monthFormat === 'yyyy-mm') return value;
    if (protocol.monthFormat === 'yyyymm') return `${year}${monthOfYear}`;
    return `${String(Number(year) - 1911).padStart(3, '0')}${monthOfYear}`;
  };
  const list = (values: readonly string[]) => (protocol.listFormat === 'array' ? [...values] : values.join(','));
  return {
    [names.token]: 'tok',
    [names.allMonths]: scope.months === 'all' ? protocol.flagValues.yes : protocol.flagValues.no,
    [names.months]: list(scope.months === 'all' ? [] : scope.months.map(month)),
    [names.allCategories]: scope.categories === 'all' ? protocol.flagValues.yes : protocol.flagValues.no,
    [names.categories]: list(scope.categories === 'all' ? [] : scope.categories),
  };
}

describe('readRequestedScope', () => {
  it.each<[string, Record<string, unknown>, GrantScope | undefined]>([
    ['all data', { sAllData: 'Y', sAllCtgy: 'Y' }, { categories: 'all', months: 'all' }],
    [
      'ROC months',
      { sAllData: 'N', sDataYM: ['11305', '09912'], sAllCtgy: 'Y' },
      { categories: 'all', months: ['2024-05', '2010-12'] },
    ],
    ['categories', { sAllData: 'Y', sAllCtgy: 'N', sCtgy: ['A1'] }, { categories: ['A1'], months: 'all' }],
    ['month 13', { sAllData: 'N', sDataYM: ['11313'], sAllCtgy: 'Y' }, undefined],
    ['no months', { sAllData: 'N', sDataYM: [], sAllCtgy: 'Y' }, undefined],
    ['months as text', { sAllData: 'N', sDataYM: '11305', sAllCtgy: 'Y' }, undefined],
    ['empty category', { sAllData: 'Y', sAllCtgy: 'N', sCtgy: [''] }, undefined],
    ['missing flags', {}, undefined],
  ])('reads %s', (_name, fields, expected) => {
    expect(readRequestedScope(fields, PROTOCOL)).toEqual(expected);
  });

  it('reads back every scope a client writes', () => {
    const month = fc
      .tuple(fc.integer({ min: 1912, max: 2099 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, monthOfYear]) => `${year}-${String(monthOfYear).padStart(2, '0')}`);
    const category = fc.stringMatching(/^[A-Za-z0-9_.-]{1,10}$/);
    const scope = fc.record({
      categories: fc.oneof(fc.constant('all' as const), fc.uniqueArray(category, { minLength: 1, maxLength: 5 })),
      months: fc.oneof(fc.constant('all' as const), fc.uniqueArray(month, { minLength: 1, maxLength: 5 })),
    });
    const protocol = fc.record({
      monthFormat: fc.constantFrom('roc-yyymm' as const, 'yyyymm' as const, 'yyyy-mm' as const),
      listFormat: fc.constantFrom('array' as const, 'comma' as const),
    });

    fc.assert(
      fc.property(scope, protocol, (raw, format) => {
        const settings = { ...PROTOCOL, ...format };
        const normalized = parseGrantScope(raw);
        const read = readRequestedScope(fieldsFor(normalized, settings), settings);
        expect(read === undefined ? undefined : parseGrantScope(read)).toEqual(normalized);
      }),
    );
  });

  it('never throws on arbitrary fields', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('sAllData', 'sDataYM', 'sAllCtgy', 'sCtgy'), fc.anything()),
        (fields) => {
          readRequestedScope(fields, PROTOCOL);
        },
      ),
    );
  });

  it('keeps the token out of the scope', () => {
    const fields = { ...fieldsFor({ categories: 'all', months: 'all' }, PROTOCOL), sToken: GrantToken.from('t') };
    expect(JSON.stringify(readRequestedScope(fields, PROTOCOL))).not.toContain('sToken');
  });
});
