import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbConfigError } from '../errors/config-error.js';
import { defineEndpointProfile, withBaseUrl } from './define-endpoint-profile.js';
import type { EndpointProfile } from './endpoint-profile.js';
import { OBSERVED_SDK_DEVICE_2019 } from './observed-sdk-device-2019.js';

// biome-ignore lint/suspicious/noExplicitAny: the cases break the profile in ways its type forbids.
type Draft = any;

const JSON_PROFILE: EndpointProfile = {
  id: 'example-json',
  verified: true,
  provenance: 'Synthetic profile for tests.',
  baseUrl: 'https://retrieval.example.org/api/',
  operations: {
    download: { path: '/download', idempotent: true },
    acknowledge: { path: '/acknowledge', idempotent: false },
  },
  encoding: { type: 'json' },
  apiKey: { in: 'header', header: 'X-Api-Key' },
  requestFields: { ticketNumber: 'ticket' },
  responseFields: OBSERVED_SDK_DEVICE_2019.responseFields,
};

function mutate(change: (profile: Draft) => void): EndpointProfile {
  const copy = structuredClone(JSON_PROFILE) as Draft;
  change(copy);
  return copy as EndpointProfile;
}

describe('OBSERVED_SDK_DEVICE_2019', () => {
  it('is unverified', () => {
    expect(OBSERVED_SDK_DEVICE_2019.verified).toBe(false);
  });

  it.each([
    ['download', '/IHKE9000/IHKE9006.aspx'],
    ['acknowledge', '/IHKE9000/IHKE9007.aspx'],
    ['requestProduction', '/IHKE9000/IHKE9009.aspx'],
  ])('has the observed %s path', (operation, path) => {
    expect(OBSERVED_SDK_DEVICE_2019.operations[operation]?.path).toBe(path);
  });

  it('sends JSON in the form field json', () => {
    expect(OBSERVED_SDK_DEVICE_2019.encoding).toEqual({ type: 'form-json', formField: 'json' });
  });

  it('puts the key in sApiKey', () => {
    expect(OBSERVED_SDK_DEVICE_2019.apiKey).toEqual({ in: 'json-field', field: 'sApiKey' });
  });

  it('does not retry acknowledge blindly', () => {
    expect(OBSERVED_SDK_DEVICE_2019.operations.acknowledge.idempotent).toBe(false);
  });

  it('passes its own validation', () => {
    expect(defineEndpointProfile(OBSERVED_SDK_DEVICE_2019)).toEqual(OBSERVED_SDK_DEVICE_2019);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(OBSERVED_SDK_DEVICE_2019.operations.download)).toBe(true);
  });
});

describe('defineEndpointProfile', () => {
  it('normalizes the base URL', () => {
    expect(defineEndpointProfile(JSON_PROFILE).baseUrl).toBe('https://retrieval.example.org/api');
  });

  it('freezes nested objects', () => {
    expect(Object.isFrozen(defineEndpointProfile(JSON_PROFILE).apiKey)).toBe(true);
  });

  it('accepts extra operations', () => {
    const profile = mutate((p) => {
      p.operations.listConsents = { path: '/consents', method: 'GET', idempotent: true };
    });
    expect(defineEndpointProfile(profile).operations['listConsents']?.method).toBe('GET');
  });

  it.each([
    ['missing download', (p: Draft) => delete p.operations.download, 'profile.operations.download'],
    ['relative path', (p: Draft) => (p.operations.download.path = 'download'), 'profile.operations.download.path'],
    [
      'missing idempotent',
      (p: Draft) => delete p.operations.acknowledge.idempotent,
      'profile.operations.acknowledge.idempotent',
    ],
    ['unknown key', (p: Draft) => (p.ticketField = 'sTicketNum'), 'profile'],
    ['empty field name', (p: Draft) => (p.requestFields.ticketNumber = ' '), 'profile.requestFields.ticketNumber'],
    ['bad header name', (p: Draft) => (p.apiKey = { in: 'header', header: 'X Key' }), 'profile.apiKey.header'],
    ['unknown placement', (p: Draft) => (p.apiKey = { in: 'cookie', field: 'k' }), 'profile.apiKey.in'],
    ['upper-case id', (p: Draft) => (p.id = 'Example'), 'profile.id'],
    [
      'missing response field',
      (p: Draft) => (p.responseFields = { returnCode: 'RtnCode' }),
      'profile.responseFields.message',
    ],
  ])('rejects %s', (_name, change, option) => {
    expect(() => defineEndpointProfile(mutate(change))).toThrow(
      expect.objectContaining({ code: 'CONFIG_PROFILE_INVALID', option }),
    );
  });

  it('rejects a form-field key with JSON encoding', () => {
    const profile = mutate((p) => (p.apiKey = { in: 'form-field', field: 'key' }));
    expect(() => defineEndpointProfile(profile)).toThrow(
      expect.objectContaining({ code: 'CONFIG_PROFILE_FORM_FIELD' }),
    );
  });

  it('writes the issue in English', () => {
    const profile = mutate((p) => delete p.operations.download);
    expect(() => defineEndpointProfile(profile, 'en')).toThrow(/profile\.operations\.download.*defineEndpointProfile/);
  });

  it('writes the issue in zh-TW by default', () => {
    const profile = mutate((p) => delete p.operations.download);
    expect(() => defineEndpointProfile(profile)).toThrow(/端點設定檔/);
  });
});

describe('base URL rule', () => {
  it.each([
    ['https', 'https://example.org'],
    ['loopback v4', 'http://127.0.0.1:8787'],
    ['loopback v4 range', 'http://127.10.0.3'],
    ['loopback v6', 'http://[::1]:9000'],
    ['localhost', 'http://localhost:3000'],
  ])('accepts %s', (_name, baseUrl) => {
    expect(() => withBaseUrl(OBSERVED_SDK_DEVICE_2019, baseUrl)).not.toThrow();
  });

  it.each([
    ['plain http', 'http://example.org', 'CONFIG_URL_INSECURE'],
    ['http lookalike', 'http://127.0.0.1.example.org', 'CONFIG_URL_INSECURE'],
    ['private address', 'http://10.0.0.1', 'CONFIG_URL_INSECURE'],
    ['ftp', 'ftp://127.0.0.1', 'CONFIG_URL_INSECURE'],
    ['relative', '/api', 'CONFIG_URL_INVALID'],
    ['query', 'https://example.org/?a=1', 'CONFIG_URL_INVALID'],
    ['credentials', 'https://user:pass@example.org', 'CONFIG_URL_CREDENTIALS'],
  ])('rejects %s', (_name, baseUrl, code) => {
    expect(() => withBaseUrl(OBSERVED_SDK_DEVICE_2019, baseUrl)).toThrow(
      expect.objectContaining({ code, option: 'baseUrl' }),
    );
  });

  it('keeps paths and fields when deriving', () => {
    const sandbox = withBaseUrl(OBSERVED_SDK_DEVICE_2019, 'http://127.0.0.1:8787/');
    expect(sandbox).toEqual({ ...OBSERVED_SDK_DEVICE_2019, baseUrl: 'http://127.0.0.1:8787' });
  });

  it('does not show credentials in the message', () => {
    expect(() => withBaseUrl(OBSERVED_SDK_DEVICE_2019, 'https://user:s3cr3tpass@example.org')).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('s3cr3tpass') }),
    );
  });
});

describe('defineEndpointProfile on arbitrary input', () => {
  it('returns a profile or throws a config error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          defineEndpointProfile(value as EndpointProfile);
        } catch (error) {
          expect(isMhbConfigError(error)).toBe(true);
        }
      }),
    );
  });

  it('survives random changes to a valid profile', () => {
    const keys = ['id', 'baseUrl', 'operations', 'encoding', 'apiKey', 'requestFields', 'responseFields', 'verified'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        try {
          defineEndpointProfile({ ...JSON_PROFILE, [key]: value } as EndpointProfile);
        } catch (error) {
          expect(isMhbConfigError(error)).toBe(true);
        }
      }),
    );
  });
});
