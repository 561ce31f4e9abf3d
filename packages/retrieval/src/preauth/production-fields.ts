import type { GrantScope } from './grant-scope.js';
import type { GrantToken } from './grant-token.js';
import type { MonthFormat, PreauthProtocol } from './preauth-protocol.js';

/** The offset between Gregorian and Republic of China (民國) years. */
const ROC_YEAR_OFFSET = 1911;

/** @internal Writes a `YYYY-MM` month in the protocol's format. */
export function formatMonth(month: string, format: MonthFormat): string {
  const [year = '', monthOfYear = ''] = month.split('-');
  if (format === 'yyyy-mm') return month;
  if (format === 'yyyymm') return `${year}${monthOfYear}`;
  // ROC years are written with three digits, as in NHI's ROC dates (`1130305`); the scope schema keeps them in 1…999.
  return `${String(Number(year) - ROC_YEAR_OFFSET).padStart(3, '0')}${monthOfYear}`;
}

/** @internal Builds the request fields of a production request; the token stays a secret for the transport. */
export function productionFields(
  token: GrantToken,
  scope: GrantScope,
  protocol: PreauthProtocol,
): Record<string, unknown> {
  const names = protocol.requestFields;
  const { yes, no } = protocol.flagValues;
  const list = (values: readonly string[]): unknown =>
    protocol.listFormat === 'array' ? [...values] : values.join(',');

  const months = scope.months === 'all' ? [] : scope.months.map((month) => formatMonth(month, protocol.monthFormat));
  const categories = scope.categories === 'all' ? [] : scope.categories;
  return {
    [names.token]: token,
    [names.allMonths]: scope.months === 'all' ? yes : no,
    [names.months]: list(months),
    [names.allCategories]: scope.categories === 'all' ? yes : no,
    [names.categories]: list(categories),
  };
}
