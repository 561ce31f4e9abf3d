import { isMhbError, OBSERVED_SDK_DEVICE_2019, TicketNumber } from '@mhbkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbDeliveryError } from '../errors.js';
import { resolveRetrievalPolicy } from '../policy.js';
import { type ClassifyContext, classifyDownload } from './classify-download.js';

const NOW = Date.UTC(2026, 0, 1);
const context: ClassifyContext = {
  ticket: TicketNumber.from('20260101000000123456789'),
  fields: OBSERVED_SDK_DEVICE_2019.responseFields,
  policy: resolveRetrievalPolicy(),
  now: NOW,
};

function envelope(returnCode: string, item?: Record<string, unknown>) {
  return { RtnCode: returnCode, rMsg: 'message', sub: item === undefined ? null : [item] };
}

describe('classifyDownload', () => {
  it.each([
    ['oType 3', 200, envelope('G000', { oType: '3' }), 'not-ready'],
    ['oType 4', 200, envelope('G000', { oType: '4' }), 'invalid'],
    ['oType 2', 200, envelope('G000', { oType: '2' }), 'unknown'],
    ['oType 9', 200, envelope('G000', { oType: '9' }), 'unknown'],
    ['numeric oType', 200, envelope('G000', { oType: 3 }), 'not-ready'],
    ['G003', 200, envelope('G003'), 'key-rejected'],
    ['G099', 200, envelope('G099'), 'rate-limited'],
    ['G002', 200, envelope('G002'), 'unknown'],
    ['G097', 200, envelope('G097'), 'rate-limited'],
    ['G123', 200, envelope('G123'), 'unknown'],
    ['lowercase g003', 200, envelope('g003'), 'key-rejected'],
    ['no items', 200, envelope('G000'), 'unknown'],
    ['not an object', 200, 'text', 'unknown'],
    ['HTTP 401', 401, null, 'key-rejected'],
    ['HTTP 410', 410, null, 'expired'],
    ['HTTP 429', 429, null, 'rate-limited'],
    ['HTTP 418', 418, null, 'unknown'],
  ])('maps %s', (_name, httpStatus, body, status) => {
    expect(classifyDownload({ httpStatus, body }, context).status).toBe(status);
  });

  it('keeps raw codes', () => {
    const outcome = classifyDownload({ httpStatus: 200, body: envelope('G000', { oType: '2' }) }, context);

    expect(outcome.raw).toEqual({
      source: 'server',
      httpStatus: 200,
      returnCode: 'G000',
      downloadType: '2',
      message: 'message',
    });
  });

  it('sets retryAt after not-ready', () => {
    const outcome = classifyDownload({ httpStatus: 200, body: envelope('G000', { oType: '3' }) }, context);

    expect(outcome.status).toBe('not-ready');
    expect('retryAt' in outcome && outcome.retryAt.getTime()).toBe(NOW + 60_000);
  });

  it('honours a longer Retry-After', () => {
    const outcome = classifyDownload({ httpStatus: 429, body: null, retryAfterMs: 120_000 }, context);

    expect(outcome.status).toBe('rate-limited');
    expect('retryAt' in outcome && outcome.retryAt.getTime()).toBe(NOW + 120_000);
  });

  it('lets the policy remap oType 2', () => {
    const policy = resolveRetrievalPolicy({ downloadTypeOutcomes: { '2': 'expired' } });

    const outcome = classifyDownload(
      { httpStatus: 200, body: envelope('G000', { oType: '2' }) },
      { ...context, policy },
    );

    expect(outcome.status).toBe('expired');
  });

  it('reads a ready file', () => {
    const item = { oType: '1', oSevKey: 'ab'.repeat(16), oFileName: 'f.zip', oFileSize: '3', oFile: btoa('PK\u0003') };

    const outcome = classifyDownload({ httpStatus: 200, body: envelope('G000', item) }, context);

    expect(outcome.status).toBe('ready');
    if (outcome.status !== 'ready') return;
    expect([...outcome.download.zip]).toEqual([0x50, 0x4b, 3]);
    expect(outcome.download.serverKey.reveal()).toBe('ab'.repeat(16));
    expect(outcome.download.fileName).toBe('f.zip');
    expect(outcome.download.declaredSize).toBe(3);
  });

  it.each([
    ['missing serverKey', { oType: '1', oFile: btoa('x') }, 'DELIVERY_RESPONSE_INVALID'],
    ['missing file', { oType: '1', oSevKey: 'k' }, 'DELIVERY_RESPONSE_INVALID'],
    ['bad Base64', { oType: '1', oSevKey: 'k', oFile: '%%%' }, 'DELIVERY_RESPONSE_INVALID'],
    [
      'declared too large',
      { oType: '1', oSevKey: 'k', oFile: btoa('x'), oFileSize: '999999999' },
      'DELIVERY_TOO_LARGE',
    ],
  ])('rejects %s', (_name, item, code) => {
    let error: unknown;
    try {
      classifyDownload({ httpStatus: 200, body: envelope('G000', item) }, context);
    } catch (caught) {
      error = caught;
    }

    expect(isMhbDeliveryError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
  });

  it('keeps the ticket out of messages', () => {
    let message = '';
    try {
      classifyDownload({ httpStatus: 200, body: envelope('G000', { oType: '1' }) }, context);
    } catch (caught) {
      message = (caught as Error).message;
    }

    expect(message).not.toContain('20260101000000123456789');
  });

  it('classifies any JSON or raises a typed error', () => {
    const item = fc.record(
      { oType: fc.oneof(fc.constantFrom('1', '2', '3', '4'), fc.string()), oSevKey: fc.string(), oFile: fc.string() },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ RtnCode: fc.oneof(fc.constant('G000'), fc.string()), sub: fc.oneof(fc.array(item), fc.jsonValue()) }),
    );

    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), body, (httpStatus, value) => {
        try {
          classifyDownload({ httpStatus, body: value }, context);
          return true;
        } catch (error) {
          return isMhbError(error);
        }
      }),
    );
  });
});
