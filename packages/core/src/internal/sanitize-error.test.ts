import { describe, expect, it } from 'vitest';
import { ApiKey } from '../secrets/api-key.js';
import { sanitizeError } from './sanitize-error.js';

const KEY = ApiKey.from('0123456789abcdef0123456789abcdef');

describe('sanitizeError', () => {
  it('redacts the message', () => {
    expect(sanitizeError(new TypeError(`bad ${KEY.reveal()}`), [KEY]).message).toBe('bad ApiKey(<redacted>)');
  });

  it('keeps the name', () => {
    expect(sanitizeError(new TypeError('x'), []).name).toBe('TypeError');
  });

  it('keeps a system error code', () => {
    const error = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect((sanitizeError(error, []) as Error & { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('drops other properties', () => {
    const error = Object.assign(new Error('x'), { url: `https://h/?k=${KEY.reveal()}` });
    expect(sanitizeError(error, [KEY])).not.toHaveProperty('url');
  });

  it('redacts the cause chain', () => {
    const error = new Error('outer', { cause: new Error(`inner ${KEY.reveal()}`) });
    expect((sanitizeError(error, [KEY]).cause as Error).message).toBe('inner ApiKey(<redacted>)');
  });

  it('cuts a long cause chain', () => {
    let error = new Error('0');
    for (let index = 1; index < 10; index++) error = new Error(String(index), { cause: error });
    let depth = 0;
    for (let current: unknown = sanitizeError(error, []); current instanceof Error; current = current.cause) depth++;
    expect(depth).toBe(4);
  });

  it('wraps a non-error value', () => {
    expect(sanitizeError(`reason ${KEY.reveal()}`, [KEY]).message).toBe('reason ApiKey(<redacted>)');
  });
});
