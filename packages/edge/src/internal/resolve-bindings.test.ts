import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeBindings } from '../bindings.js';
import { isMhbBindingError, type MhbBindingError } from '../errors/binding-error.js';
import { resolveBindings } from './resolve-bindings.js';

const TEST_KEY = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';

function failure(bindings: EdgeBindings): MhbBindingError {
  try {
    resolveBindings(bindings, {});
  } catch (error) {
    if (isMhbBindingError(error)) return error;
    throw error;
  }
  throw new Error('resolveBindings returned instead of raising');
}

describe('resolveBindings', () => {
  it('reads every binding', () => {
    const settings = resolveBindings(
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: 'http://127.0.0.1:8787', MHB_LOCALE: 'en' },
      {},
    );

    expect(settings).toEqual({ apiKey: TEST_KEY, phase: 'test', baseUrl: 'http://127.0.0.1:8787', locale: 'en' });
  });

  it('trims values', () => {
    const settings = resolveBindings({ MHB_API_KEY: ` ${TEST_KEY}\n`, MHB_PHASE: ' production ' }, {});

    expect(settings.apiKey).toBe(TEST_KEY);
    expect(settings.phase).toBe('production');
  });

  it('defaults the locale to zh-TW', () => {
    expect(resolveBindings({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test' }, {}).locale).toBe('zh-TW');
  });

  it('resolves locale tags', () => {
    const settings = resolveBindings({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_LOCALE: 'en_US' }, {});

    expect(settings.locale).toBe('en');
  });

  it('lets explicit options win', () => {
    const settings = resolveBindings(
      { MHB_API_KEY: 'from-binding', MHB_PHASE: 'production', MHB_BASE_URL: 'https://a.test', MHB_LOCALE: 'en' },
      { apiKey: TEST_KEY, phase: 'test', baseUrl: 'https://b.test', locale: 'zh-TW' },
    );

    expect(settings).toEqual({ apiKey: TEST_KEY, phase: 'test', baseUrl: 'https://b.test', locale: 'zh-TW' });
  });

  it('ignores invalid bindings that options replace', () => {
    const settings = resolveBindings(
      { MHB_PHASE: 'staging', MHB_BASE_URL: 'not a url', MHB_LOCALE: 'fr' },
      { apiKey: TEST_KEY, phase: 'test', baseUrl: 'https://b.test', locale: 'en' },
    );

    expect(settings.phase).toBe('test');
  });

  it('omits an unset base URL', () => {
    expect(resolveBindings({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test' }, {})).not.toHaveProperty('baseUrl');
  });

  it.each([
    ['missing key', { MHB_PHASE: 'test' }, 'EDGE_API_KEY_MISSING', 'MHB_API_KEY'],
    ['blank key', { MHB_API_KEY: '  ', MHB_PHASE: 'test' }, 'EDGE_API_KEY_MISSING', 'MHB_API_KEY'],
    ['missing phase', { MHB_API_KEY: TEST_KEY }, 'EDGE_PHASE_MISSING', 'MHB_PHASE'],
    ['unknown phase', { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'staging' }, 'EDGE_PHASE_INVALID', 'MHB_PHASE'],
    [
      'unknown locale',
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_LOCALE: 'fr' },
      'EDGE_LOCALE_INVALID',
      'MHB_LOCALE',
    ],
    [
      'relative URL',
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: '/nhi' },
      'EDGE_BASE_URL_INVALID',
      'MHB_BASE_URL',
    ],
    [
      'ftp URL',
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: 'ftp://a.test' },
      'EDGE_BASE_URL_INVALID',
      'MHB_BASE_URL',
    ],
    ['object binding', { MHB_API_KEY: {} as string, MHB_PHASE: 'test' }, 'EDGE_BINDING_NOT_TEXT', 'MHB_API_KEY'],
    [
      'number binding',
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 1 as unknown as string },
      'EDGE_BINDING_NOT_TEXT',
      'MHB_PHASE',
    ],
  ])('rejects %s', (_case, bindings, code, binding) => {
    const error = failure(bindings);

    expect(error.code).toBe(code);
    expect(error.binding).toBe(binding);
  });

  it('writes errors in the bound locale', () => {
    expect(failure({ MHB_LOCALE: 'en', MHB_PHASE: 'test' }).message).toMatch(/^API key missing/);
  });

  it('writes errors in zh-TW by default', () => {
    expect(failure({ MHB_PHASE: 'test' }).message).toMatch(/^缺少 API 金鑰/);
  });

  it('hides a long invalid value', () => {
    const error = failure({ MHB_API_KEY: TEST_KEY, MHB_PHASE: TEST_KEY, MHB_LOCALE: 'en' });

    expect(error.message).not.toContain(TEST_KEY);
    expect(error.message).toContain('<32 characters>');
  });

  it('names the value in messages', () => {
    const error = failure({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'staging', MHB_LOCALE: 'en' });

    expect(error.message).toContain('"staging"');
  });

  it('keeps binding values out of JSON', () => {
    const error = failure({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: 'https://user:pw@a.test:bad' });

    expect(JSON.stringify(error)).not.toContain('pw');
  });
});

describe('resolveBindings properties', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.object(),
    fc.constant(null),
    fc.constant(undefined),
  );

  it('raises only binding errors', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, anyValue, (key, phase, baseUrl, locale) => {
        const bindings = {
          MHB_API_KEY: key,
          MHB_PHASE: phase,
          MHB_BASE_URL: baseUrl,
          MHB_LOCALE: locale,
        } as EdgeBindings;
        try {
          resolveBindings(bindings, {});
        } catch (error) {
          expect(isMhbBindingError(error)).toBe(true);
        }
      }),
    );
  });

  it('never repeats a long invalid phase', () => {
    const longText = fc.string({ minLength: 17 }).filter((text) => text.trim().length > 16);

    fc.assert(
      fc.property(longText, (phase) => {
        const error = failure({ MHB_API_KEY: TEST_KEY, MHB_PHASE: phase });

        expect(error.message).not.toContain(phase.trim());
      }),
    );
  });

  it('keeps the trimmed API key', () => {
    const padding = fc.stringMatching(/^[ \t\r\n]*$/);

    fc.assert(
      fc.property(padding, padding, (before, after) => {
        const settings = resolveBindings({ MHB_API_KEY: `${before}${TEST_KEY}${after}`, MHB_PHASE: 'test' }, {});

        expect(settings.apiKey).toBe(TEST_KEY);
      }),
    );
  });
});
