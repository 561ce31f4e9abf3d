import { checkCatalog } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { PREAUTH_MESSAGES } from './messages.js';
import { definePreauthProtocol, OBSERVED_SDK_PRODUCTION_2019 } from './preauth-protocol.js';

describe('OBSERVED_SDK_PRODUCTION_2019', () => {
  it('is unverified', () => {
    expect(OBSERVED_SDK_PRODUCTION_2019.verified).toBe(false);
  });

  it('uses the 2019 field names', () => {
    expect(Object.values(OBSERVED_SDK_PRODUCTION_2019.requestFields)).toEqual([
      'sToken',
      'sDataYM',
      'sCtgy',
      'sAllData',
      'sAllCtgy',
    ]);
  });

  it('maps no grant code', () => {
    expect(OBSERVED_SDK_PRODUCTION_2019.returnCodes.grantRevoked).toEqual([]);
  });

  it('passes its own validation', () => {
    expect(definePreauthProtocol(OBSERVED_SDK_PRODUCTION_2019)).toEqual(OBSERVED_SDK_PRODUCTION_2019);
  });
});

describe('definePreauthProtocol', () => {
  it.each([
    [
      'empty field',
      { requestFields: { ...OBSERVED_SDK_PRODUCTION_2019.requestFields, token: ' ' } },
      'requestFields.token',
    ],
    ['unknown month format', { monthFormat: 'julian' }, 'monthFormat'],
    ['negative wait', { rateLimitedRetryAfterMs: -1 }, 'rateLimitedRetryAfterMs'],
    ['unknown key', { extra: true }, 'protocol'],
    [
      'shared field name',
      { requestFields: { ...OBSERVED_SDK_PRODUCTION_2019.requestFields, months: 'sCtgy' } },
      'requestFields',
    ],
  ])('rejects %s', (_name, change, option) => {
    const protocol = { ...OBSERVED_SDK_PRODUCTION_2019, ...change } as typeof OBSERVED_SDK_PRODUCTION_2019;
    expect(() => definePreauthProtocol(protocol, 'en')).toThrow(
      expect.objectContaining({ code: 'PREAUTH_PROTOCOL_INVALID', message: expect.stringContaining(option) }),
    );
  });
});

describe('PREAUTH_MESSAGES', () => {
  it('has every message in both languages', () => {
    expect(checkCatalog(PREAUTH_MESSAGES)).toEqual([]);
  });
});
