import type { Locale } from '@mhbkit/core';
import * as z from 'zod';
import { MhbGrantError } from './errors.js';
import {
  FIRST_SCOPE_YEAR as FIRST_YEAR,
  issueText,
  LAST_SCOPE_YEAR as LAST_YEAR,
  parseOptionsFor,
  type SchemaIssueId,
} from './issue-text.js';

/**
 * The coverage of a pre-authorization: data categories and months, each either `'all'` or a list.
 *
 * Category codes are NHI's (`oCtgy` in the SDK's listing step); mhbkit passes them through unchanged. Months are
 * Gregorian `YYYY-MM`; the protocol settings decide how they are written on the wire.
 */
export interface GrantScope {
  /** The data categories, or `'all'`. */
  readonly categories: 'all' | readonly string[];
  /** The months as `YYYY-MM`, or `'all'`. */
  readonly months: 'all' | readonly string[];
}

/** The scope of a grant that covers every category and every month. */
export const ALL_DATA_SCOPE: GrantScope = Object.freeze({ categories: 'all', months: 'all' });

/** The maximum number of categories or months in one scope. */
export const MAX_SCOPE_ENTRIES = 1200;

const Category = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, {
    error: 'expected a category code of letters, digits, dots, hyphens or underscores',
  });

const Month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month-format' satisfies SchemaIssueId })
  .refine((month) => Number(month.slice(0, 4)) >= FIRST_YEAR && Number(month.slice(0, 4)) <= LAST_YEAR, {
    error: 'year-range' satisfies SchemaIssueId,
  });

/** @internal The zod schema of a scope; lists are sorted and deduplicated. */
export const GrantScopeSchema = z.object({
  categories: z.union([z.literal('all'), z.array(Category).min(1).max(MAX_SCOPE_ENTRIES)]).transform(sortedUnique),
  months: z.union([z.literal('all'), z.array(Month).min(1).max(MAX_SCOPE_ENTRIES)]).transform(sortedUnique),
});

function sortedUnique<T extends 'all' | string[]>(value: T): 'all' | readonly string[] {
  if (value === 'all') return 'all';
  return Object.freeze([...new Set(value as string[])].sort());
}

/**
 * Validates a scope and returns a frozen, normalized copy (lists sorted, duplicates removed).
 *
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws {@link MhbGrantError} `GRANT_SCOPE_INVALID` naming the first invalid entry.
 */
export function parseGrantScope(input: unknown, locale?: Locale): GrantScope {
  const result = GrantScopeSchema.safeParse(input, parseOptionsFor(locale));
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = ['scope', ...(issue?.path ?? []).map(String)].join('.');
    throw new MhbGrantError('GRANT_SCOPE_INVALID', locale, { issue: `${path}: ${issueText(issue, locale)}` });
  }
  return Object.freeze(result.data);
}

/** Tells whether every category and month of `requested` lies inside `granted`. */
export function isScopeWithin(requested: GrantScope, granted: GrantScope): boolean {
  return listWithin(requested.categories, granted.categories) && listWithin(requested.months, granted.months);
}

function listWithin(requested: 'all' | readonly string[], granted: 'all' | readonly string[]): boolean {
  if (granted === 'all') return true;
  if (requested === 'all') return false;
  return requested.every((entry) => granted.includes(entry));
}
