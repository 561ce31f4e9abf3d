import { describe, expect, it } from 'vitest';
import { describeNhiCode } from '../codes/describe-nhi-code.js';
import { checkCatalog } from '../i18n/catalog.js';
import { CORE_MESSAGES } from '../i18n/core-messages.js';
import { isMhbAbortError, MhbAbortError } from './abort-error.js';
import { isMhbApiError, MAX_BODY_EXCERPT_LENGTH, MhbApiError } from './api-error.js';
import { isMhbConfigError, MhbConfigError } from './config-error.js';
import { isMhbConnectionError, MhbConnectionError } from './connection-error.js';
import { isMhbError, MhbError } from './mhb-error.js';
import { isMhbTimeoutError, MhbTimeoutError } from './timeout-error.js';

const request = { operation: 'download', requestId: 'req-1', message: 'm' };

const ERRORS = [
  ['MhbApiError', new MhbApiError({ ...request, code: 'API_HTTP_STATUS', status: 503 }), isMhbApiError],
  ['MhbConnectionError', new MhbConnectionError({ ...request, code: 'CONNECTION_FAILED' }), isMhbConnectionError],
  [
    'MhbTimeoutError',
    new MhbTimeoutError({ ...request, code: 'TIMEOUT_IDLE', deadline: 'idle', timeoutMs: 10 }),
    isMhbTimeoutError,
  ],
  ['MhbAbortError', new MhbAbortError({ ...request, code: 'ABORTED' }), isMhbAbortError],
  ['MhbConfigError', new MhbConfigError({ code: 'CONFIG_X', message: 'm', option: 'phase' }), isMhbConfigError],
] as const;

describe('error classes', () => {
  it.each(ERRORS)('%s has its class name', (name, error) => {
    expect(error.name).toBe(name);
  });

  it.each(ERRORS)('%s is an MhbError', (_name, error) => {
    expect(error).toBeInstanceOf(MhbError);
  });

  it.each(ERRORS)('%s passes its guard', (_name, error, guard) => {
    expect(guard(error)).toBe(true);
  });

  it.each(ERRORS)('%s fails the other guards', (name, _error, guard) => {
    const others = ERRORS.filter(([other]) => other !== name).map(([, error]) => error);
    expect(others.filter((other) => guard(other))).toEqual([]);
  });

  it.each(ERRORS)('%s passes a guard across package copies', (name, _error, guard) => {
    // A copy of the package has its own classes: same brand symbol and class name, different constructor.
    const copy = { [name]: class extends MhbError {} }[name]!;
    expect(guard(new copy({ code: 'X', message: 'm' }))).toBe(true);
  });

  it('rejects look-alikes without the brand', () => {
    expect(isMhbError(Object.assign(new Error('m'), { code: 'X', name: 'MhbApiError' }))).toBe(false);
  });

  it('serializes the API error fields', () => {
    const error = new MhbApiError({
      ...request,
      code: 'API_RETURN_CODE',
      status: 200,
      nhiCode: describeNhiCode('rtnCode', 'G003'),
      bodyExcerpt: '{"RtnCode":"G003"}',
    });
    expect(error.toJSON()).toEqual({
      name: 'MhbApiError',
      code: 'API_RETURN_CODE',
      message: 'm',
      operation: 'download',
      requestId: 'req-1',
      status: 200,
      returnCode: 'G003',
      outcome: 'keyRejected',
      bodyExcerpt: '{"RtnCode":"G003"}',
      retryAfterMs: undefined,
    });
  });

  it('cuts the body excerpt', () => {
    const error = new MhbApiError({ ...request, code: 'API_HTTP_STATUS', status: 500, bodyExcerpt: 'x'.repeat(5000) });
    expect(error.bodyExcerpt).toHaveLength(MAX_BODY_EXCERPT_LENGTH);
  });

  it('names the deadline', () => {
    const error = new MhbTimeoutError({ ...request, code: 'TIMEOUT_TOTAL', deadline: 'total', timeoutMs: 30_000 });
    expect(error.toJSON()).toMatchObject({ deadline: 'total', timeoutMs: 30_000 });
  });
});

describe('CORE_MESSAGES', () => {
  it('is complete in both locales', () => {
    expect(checkCatalog(CORE_MESSAGES)).toEqual([]);
  });
});
