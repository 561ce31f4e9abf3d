import { OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyProduction } from './classify-production.js';
import { isMhbGrantError } from './errors.js';
import { OBSERVED_SDK_PRODUCTION_2019, type PreauthProtocol } from './preauth-protocol.js';
import type { ProductionRateLimitedOutcome, RequestedOutcome } from './production-outcome.js';

const PROTOCOL: PreauthProtocol = {
  ...OBSERVED_SDK_PRODUCTION_2019,
  returnCodes: {
    ...OBSERVED_SDK_PRODUCTION_2019.returnCodes,
    grantExpired: ['G006'],
    grantRevoked: ['G007'],
    scopeNotAllowed: ['G008'],
  },
};
const CONTEXT = { fields: OBSERVED_SDK_DEVICE_2019.responseFields, protocol: PROTOCOL, grantId: 'grant-1', now: 1_000 };
const TICKET = '20260101000000123456789';

function envelope(returnCode: string, item?: Record<string, string>) {
  return { RtnCode: returnCode, rMsg: 'synthetic', sub: item === undefined ? null : [item] };
}

describe('classifyProduction', () => {
  it('returns the ticket of a success', () => {
    const outcome = classifyProduction({ httpStatus: 200, body: envelope('G000', { oTicketNum: TICKET }) }, CONTEXT);
    expect(outcome.status).toBe('requested');
    expect((outcome as RequestedOutcome).ticket.reveal()).toBe(TICKET);
  });

  it('reads a ticket on the envelope', () => {
    const body = { ...envelope('G000'), oTicketNum: TICKET };
    expect(classifyProduction({ httpStatus: 200, body }, CONTEXT).status).toBe('requested');
  });

  it('keeps the production status', () => {
    const body = envelope('G000', { oTicketNum: TICKET, oStatus: '1' });
    expect(classifyProduction({ httpStatus: 200, body }, CONTEXT).raw.productionStatus).toBe('1');
  });

  it.each([
    ['G006', 'grant-expired'],
    ['G007', 'grant-revoked'],
    ['G008', 'scope-not-allowed'],
    ['G003', 'key-rejected'],
    ['G099', 'rate-limited'],
    ['G123', 'unknown'],
  ])('maps %s to %s', (code, status) => {
    expect(classifyProduction({ httpStatus: 200, body: envelope(code) }, CONTEXT).status).toBe(status);
  });

  it('keeps the raw code of an unknown outcome', () => {
    expect(classifyProduction({ httpStatus: 200, body: envelope('G123') }, CONTEXT).raw.returnCode).toBe('G123');
  });

  it('leaves grant codes unknown in the preset', () => {
    const context = { ...CONTEXT, protocol: OBSERVED_SDK_PRODUCTION_2019 };
    expect(classifyProduction({ httpStatus: 200, body: envelope('G007') }, context).status).toBe('unknown');
  });

  it('maps HTTP 429 to rate-limited', () => {
    expect(classifyProduction({ httpStatus: 429, body: undefined }, CONTEXT).status).toBe('rate-limited');
  });

  it('waits as Retry-After says', () => {
    const outcome = classifyProduction({ httpStatus: 429, body: undefined, retryAfterMs: 5_000 }, CONTEXT);
    expect((outcome as ProductionRateLimitedOutcome).retryAt.getTime()).toBe(6_000);
  });

  it('waits the protocol default otherwise', () => {
    const outcome = classifyProduction({ httpStatus: 429, body: undefined }, CONTEXT);
    expect((outcome as ProductionRateLimitedOutcome).retryAt.getTime()).toBe(61_000);
  });

  it('treats a body without a code as unknown', () => {
    expect(classifyProduction({ httpStatus: 200, body: 'text' }, CONTEXT).status).toBe('unknown');
  });

  it('rejects a success without a ticket', () => {
    expect(() => classifyProduction({ httpStatus: 200, body: envelope('G000', {}) }, CONTEXT)).toThrow(
      expect.objectContaining({ code: 'PREAUTH_RESPONSE_INVALID' }),
    );
  });
});

describe('classifyProduction on arbitrary bodies', () => {
  it('returns an outcome or a grant error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.anything(), (httpStatus, body) => {
        try {
          expect(typeof classifyProduction({ httpStatus, body }, CONTEXT).status).toBe('string');
        } catch (error) {
          expect(isMhbGrantError(error)).toBe(true);
        }
      }),
    );
  });
});
