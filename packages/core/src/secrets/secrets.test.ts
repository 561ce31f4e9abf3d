import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isMhbConfigError } from '../errors/config-error.js';
import { ApiKey } from './api-key.js';
import { REDACTED, redact } from './redact.js';
import { ServerKey } from './server-key.js';
import { TicketNumber } from './ticket-number.js';

const RAW_KEY = '0123456789abcdef0123456789abcdef';
const RAW_SERVER_KEY = 'fedcba9876543210fedcba9876543210';
const RAW_TICKET = '20200101120000123456789';

describe('ApiKey', () => {
  const key = ApiKey.from(RAW_KEY);

  it('redacts String()', () => {
    expect(String(key)).toBe('ApiKey(<redacted>)');
  });

  it('redacts template literals', () => {
    expect(`${key}`).not.toContain(RAW_KEY);
  });

  it('redacts JSON.stringify', () => {
    expect(JSON.stringify({ key })).toBe('{"key":"ApiKey(<redacted>)"}');
  });

  it('redacts util.inspect', () => {
    expect(inspect({ nested: { key } }, { depth: 5, showHidden: true })).not.toContain(RAW_KEY);
  });

  it('reveals the raw value', () => {
    expect(key.reveal()).toBe(RAW_KEY);
  });

  it('trims surrounding whitespace', () => {
    expect(ApiKey.from(` ${RAW_KEY}\n`).reveal()).toBe(RAW_KEY);
  });

  it('rejects an empty key', () => {
    expect(() => ApiKey.from('  ')).toThrow(
      expect.objectContaining({ code: 'CONFIG_API_KEY_MISSING', option: 'apiKey' }),
    );
  });

  it('rejects with a config error', () => {
    let caught: unknown;
    try {
      ApiKey.from('');
    } catch (error) {
      caught = error;
    }
    expect(isMhbConfigError(caught)).toBe(true);
  });

  it('returns the same instance when wrapped twice', () => {
    expect(ApiKey.from(key)).toBe(key);
  });

  it.each([
    ['same value', RAW_KEY, true],
    ['different last character', `${RAW_KEY.slice(0, -1)}0`, false],
    ['prefix', RAW_KEY.slice(0, 8), false],
    ['longer', `${RAW_KEY}0`, false],
  ])('equals a raw string: %s', (_name, other, expected) => {
    expect(key.equals(other)).toBe(expected);
  });

  it('equals another ApiKey with the same value', () => {
    expect(key.equals(ApiKey.from(RAW_KEY))).toBe(true);
  });

  it('differs from a ServerKey with the same value', () => {
    expect(key.equals(ServerKey.from(RAW_KEY))).toBe(false);
  });
});

describe('ServerKey', () => {
  it('redacts every form', () => {
    const serverKey = ServerKey.from(RAW_SERVER_KEY);
    const forms = [String(serverKey), JSON.stringify(serverKey), inspect(serverKey)];
    expect(forms.filter((form) => form.includes(RAW_SERVER_KEY))).toEqual([]);
  });

  it('keeps whitespace, because it is a salt', () => {
    expect(ServerKey.from(' ab ').reveal()).toBe(' ab ');
  });

  it('rejects an empty key', () => {
    expect(() => ServerKey.from('')).toThrow(
      expect.objectContaining({ code: 'CONFIG_SECRET_EMPTY', option: 'serverKey' }),
    );
  });
});

describe('TicketNumber', () => {
  it('shows only the last 4 characters', () => {
    expect(String(TicketNumber.from(RAW_TICKET))).toBe('TicketNumber(…6789)');
  });

  it('shows nothing of a short ticket', () => {
    expect(String(TicketNumber.from('12345678'))).toBe('TicketNumber(<redacted>)');
  });

  it('redacts util.inspect', () => {
    expect(inspect([TicketNumber.from(RAW_TICKET)])).not.toContain(RAW_TICKET.slice(0, 8));
  });

  it('rejects an empty ticket', () => {
    expect(() => TicketNumber.from(' ')).toThrow(expect.objectContaining({ code: 'CONFIG_SECRET_EMPTY' }));
  });
});

describe('redact', () => {
  const key = ApiKey.from(RAW_KEY);

  it('replaces a secret with its redacted form', () => {
    expect(redact(`key=${RAW_KEY};`, [key])).toBe('key=ApiKey(<redacted>);');
  });

  it('replaces every occurrence', () => {
    expect(redact(`${RAW_KEY}/${RAW_KEY}`, [key])).not.toContain(RAW_KEY);
  });

  it('replaces a plain string with the marker', () => {
    expect(redact('token abcdef', ['abcdef'])).toBe(`token ${REDACTED}`);
  });

  it('replaces the percent-encoded form', () => {
    const secret = 'a+b/c=d&e';
    expect(redact(`json=${encodeURIComponent(secret)}`, [secret])).toBe(`json=${REDACTED}`);
  });

  it('replaces the JSON-escaped form', () => {
    const secret = 'quote"back\\slash';
    expect(redact(JSON.stringify({ secret }), [secret])).toBe(`{"secret":"${REDACTED}"}`);
  });

  it('replaces the longer of overlapping secrets whole', () => {
    expect(redact('abcdefgh', ['abcd', 'abcdefgh'])).toBe(REDACTED);
  });

  it('ignores secrets shorter than 4 characters', () => {
    expect(redact('a b c', ['a', undefined])).toBe('a b c');
  });
});
