import type { RawRecord } from './medical-records.js';

/** Tells whether `value` is a plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Texts that mean "no data" when they fill a section. Real files and the XML spec write `無資料`. One public
 * converter also accepts `查無資料` and `沒有資料`, so the reader treats them the same.
 */
export const NO_DATA_TEXTS: ReadonlySet<string> = new Set(['無資料', '查無資料', '沒有資料']);

/** Tells whether `text` is a no-data placeholder text. */
export function isNoDataText(text: string): boolean {
  return NO_DATA_TEXTS.has(text.trim());
}

/**
 * Tells whether `item` is a placeholder row such as `{"r2": "無資料"}` or `{"R14": "無資料"}`: its only key is the
 * section or list code in any letter case, and its value a no-data text or empty.
 */
export function isPlaceholder(item: unknown, code: string): boolean {
  if (!isPlainObject(item)) return false;

  // Finds the only key without building the key array, and stops at the second key, which almost every record has.
  let only: string | undefined;
  for (const key in item) {
    if (only !== undefined) return false;
    only = key;
  }
  if (only === undefined || only.toLowerCase() !== code) return false;

  const value = item[only];
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && (value.trim() === '' || isNoDataText(value));
}
