import { describe, expect, it } from 'vitest';
import { MhbDecryptError } from './errors.js';

describe('MhbDecryptError', () => {
  it('names the phase when known', () => {
    const error = new MhbDecryptError({ entry: 'a.json', encryption: 'aes', phase: 'test', locale: 'en' });
    expect(error.message).toContain('the phase (test)');
  });

  it.each([
    ['en', 'the phase (not given)'],
    ['zh-TW', '階段（未指定）'],
  ] as const)('says the phase is not given in %s', (locale, text) => {
    const error = new MhbDecryptError({ entry: 'a.json', encryption: 'zipcrypto', locale });
    expect(error.message).toContain(text);
  });
});
