import { ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_PASSWORD } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { zipJsErrorMessages } from './zip-js-error.js';

describe('zipJsErrorMessages', () => {
  it('reads a wrapped password error', () => {
    const wrapped = new Error(ERR_INVALID_COMPRESSED_DATA, { cause: new Error(ERR_INVALID_PASSWORD) });

    expect(zipJsErrorMessages(wrapped)).toEqual([ERR_INVALID_COMPRESSED_DATA, ERR_INVALID_PASSWORD]);
  });

  it('ignores values that are not errors', () => {
    expect(zipJsErrorMessages('text')).toEqual([]);
  });

  it('stops on a cause cycle', () => {
    const error = new Error('a');
    (error as { cause?: unknown }).cause = error;

    expect(zipJsErrorMessages(error)).toHaveLength(5);
  });
});
