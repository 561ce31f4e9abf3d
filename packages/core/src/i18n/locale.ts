/** A language mhbkit writes messages in. Traditional Chinese (Taiwan) is the default. */
export type Locale = 'zh-TW' | 'en';

/** Every locale mhbkit ships, in catalog order. */
export const LOCALES: readonly Locale[] = ['zh-TW', 'en'];

/** The locale used when none is configured. */
export const DEFAULT_LOCALE: Locale = 'zh-TW';

/**
 * Resolves a locale tag such as `en-US`, `zh-Hant-TW` or `zh_TW` to a supported locale.
 *
 * @returns the matching locale, or `undefined` when the tag names neither language.
 */
export function resolveLocale(tag: string | undefined): Locale | undefined {
  if (tag === undefined) return undefined;

  const normalized = tag.trim().toLowerCase().replace(/_/g, '-');
  if (normalized === '') return undefined;
  if (normalized === 'en' || normalized.startsWith('en-')) return 'en';
  if (normalized === 'zh' || normalized.startsWith('zh-')) return 'zh-TW';
  return undefined;
}
