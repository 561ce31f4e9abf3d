import { DEFAULT_LOCALE, type Locale } from '@mhbkit/core';
import type * as z from 'zod';
import { en, zhTW } from 'zod/v4/locales';

/** The first and last years a scope may name: ROC years 1 to 999, so every month has a three-digit ROC form. */
export const FIRST_SCOPE_YEAR = 1912;
export const LAST_SCOPE_YEAR = 2910;

/** zod's own messages in each locale, for the issues that the preauth schemas do not word themselves. */
const ZOD_ERROR_MAPS = { 'zh-TW': zhTW().localeError, en: en().localeError } as const;

/**
 * Issue texts the preauth schemas raise, keyed by the id the schema puts in `error`. The schemas are built once at
 * module load, before any locale is known, so they carry an id and the text is chosen when the error is raised.
 */
const SCHEMA_ISSUES = {
  'zh-TW': {
    'month-format': '月份須為 YYYY-MM 格式',
    'year-range': `年份須介於 ${FIRST_SCOPE_YEAR} 至 ${LAST_SCOPE_YEAR} 之間`,
  },
  en: {
    'month-format': 'expected a month as YYYY-MM',
    'year-range': `expected a year from ${FIRST_SCOPE_YEAR} to ${LAST_SCOPE_YEAR}`,
  },
} as const;

/** The ids of {@link SCHEMA_ISSUES}, for the schemas' `error` option. */
export type SchemaIssueId = keyof (typeof SCHEMA_ISSUES)['en'];

/** Parse options that word zod's built-in issues in `locale`. */
export function parseOptionsFor(locale: Locale = DEFAULT_LOCALE): { error: z.core.$ZodErrorMap } {
  return { error: ZOD_ERROR_MAPS[locale] };
}

/** Returns the text of a zod issue in `locale`, translating the preauth schemas' own issue ids. */
export function issueText(issue: z.core.$ZodIssue | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (issue === undefined) return locale === 'en' ? 'invalid' : '不正確';

  const own = SCHEMA_ISSUES[locale] as Record<string, string>;
  return own[issue.message] ?? issue.message;
}
