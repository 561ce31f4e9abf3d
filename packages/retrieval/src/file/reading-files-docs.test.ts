import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagePath, renderFieldTables, updatePage } from '../../scripts/field-tables.js';
import { FIELD_LABELS } from './index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

describe('reading-files docs', () => {
  test.each(['en', 'zh-TW'] as const)('%s field tables are up to date', (locale) => {
    const page = readFileSync(pagePath(ROOT, locale), 'utf8');
    expect(updatePage(page, locale)).toBe(page);
  });

  test('tables list every labelled key', () => {
    const rendered = renderFieldTables('en');
    const missing = Object.keys(FIELD_LABELS).filter((key) => !rendered.includes(`| \`${key}\` |`));
    expect(missing).toEqual([]);
  });

  test('both pages have the same headings', () => {
    const headings = (locale: 'en' | 'zh-TW') =>
      readFileSync(pagePath(ROOT, locale), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => line.split(' ')[0]);
    expect(headings('zh-TW')).toEqual(headings('en'));
  });
});
