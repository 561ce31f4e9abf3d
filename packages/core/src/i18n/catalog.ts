import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';

/** Values substituted into `{name}` placeholders of a message template. */
export type MessageParams = Readonly<Record<string, string | number | bigint | boolean>>;

/**
 * Message templates for a set of codes, in every supported locale.
 *
 * A template is plain text with `{name}` placeholders. Each package keeps its own catalog beside the code that
 * raises the messages, so a catalog only lists that package's codes.
 */
export type MessageCatalog<Code extends string> = { readonly [L in Locale]: Readonly<Record<Code, string>> };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Declares a message catalog. The type parameter makes the compiler reject a catalog that lacks a code in one of
 * its locales.
 */
export function defineCatalog<Code extends string>(catalog: MessageCatalog<Code>): MessageCatalog<Code> {
  return catalog;
}

/**
 * Formats the message for `code` in `locale`, substituting `{name}` placeholders from `params`.
 *
 * A placeholder without a value stays as written, so a missing parameter shows up in the text instead of
 * disappearing.
 *
 * @param locale - the message language. @defaultValue `'zh-TW'`
 */
export function formatMessage<Code extends string>(
  catalog: MessageCatalog<Code>,
  code: Code,
  locale: Locale = DEFAULT_LOCALE,
  params: MessageParams = {},
): string {
  const template = catalog[locale][code] ?? catalog[DEFAULT_LOCALE][code] ?? code;

  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** A problem found by {@link checkCatalog}. */
export interface CatalogProblem {
  /** The locale whose template has the problem. */
  readonly locale: Locale;
  /** The message code. */
  readonly code: string;
  /** The template is missing, empty, or uses other placeholders than the zh-TW template. */
  readonly problem: 'missing' | 'empty' | 'placeholder-mismatch';
}

/**
 * Checks that every code has a non-empty template in every locale, and that all locales of a code use the same
 * placeholders. Tests call it on each package's catalog.
 */
export function checkCatalog(catalog: MessageCatalog<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const codes = new Set(LOCALES.flatMap((locale) => Object.keys(catalog[locale])));

  for (const code of codes) {
    const reference = placeholdersOf(catalog[DEFAULT_LOCALE][code]);
    for (const locale of LOCALES) {
      const template = catalog[locale][code];
      if (template === undefined) {
        problems.push({ locale, code, problem: 'missing' });
      } else if (template.trim() === '') {
        problems.push({ locale, code, problem: 'empty' });
      } else if (reference !== undefined && placeholdersOf(template) !== reference) {
        problems.push({ locale, code, problem: 'placeholder-mismatch' });
      }
    }
  }
  return problems;
}

function placeholdersOf(template: string | undefined): string | undefined {
  if (template === undefined) return undefined;
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .sort()
    .join(',');
}
