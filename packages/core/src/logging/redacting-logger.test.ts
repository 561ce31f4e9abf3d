import { describe, expect, it } from 'vitest';
import { MhbConfigError } from '../errors/config-error.js';
import { ApiKey } from '../secrets/api-key.js';
import { TicketNumber } from '../secrets/ticket-number.js';
import type { LogFields, Logger, LogLevel } from './logger.js';
import { noopLogger } from './logger.js';
import { createRedactingLogger } from './redacting-logger.js';

const RAW_KEY = '0123456789abcdef0123456789abcdef';

interface Line {
  level: LogLevel;
  message: string;
  fields: LogFields | undefined;
}

function recordingSink(): { sink: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const push = (level: LogLevel) => (message: string, fields?: LogFields) => lines.push({ level, message, fields });
  return { sink: { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') }, lines };
}

describe('createRedactingLogger', () => {
  const apiKey = ApiKey.from(RAW_KEY);

  it('redacts a known secret in the message', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink, { secrets: [apiKey] }).info(`sent ${RAW_KEY}`);
    expect(lines[0]?.message).toBe('sent ApiKey(<redacted>)');
  });

  it('redacts a known secret in nested fields', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink, { secrets: [apiKey] }).info('x', { request: { url: `https://h/?k=${RAW_KEY}` } });
    expect(JSON.stringify(lines[0]?.fields)).not.toContain(RAW_KEY);
  });

  it.each(['apiKey', 'api_key', 'serverKey', 'oSevKey', 'sTicketNum', 'password', 'Authorization', 'token'])(
    'replaces the field %s whole',
    (name) => {
      const { sink, lines } = recordingSink();
      createRedactingLogger(sink).warn('x', { [name]: 'unknown-secret-value' });
      expect(lines[0]?.fields?.[name]).toBe('<redacted>');
    },
  );

  it('shows secret objects in their redacted form', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink).info('x', { ticket: TicketNumber.from('20200101120000123456789') });
    expect(lines[0]?.fields?.['ticket']).toBe('TicketNumber(…6789)');
  });

  it('keeps ordinary fields', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink).info('x', { requestId: 'r-1', attempt: 2, ok: true });
    expect(lines[0]?.fields).toEqual({ requestId: 'r-1', attempt: 2, ok: true });
  });

  it('reduces an mhbkit error to its JSON form', () => {
    const { sink, lines } = recordingSink();
    const error = new MhbConfigError({ code: 'CONFIG_X', message: 'bad', option: 'phase' });
    createRedactingLogger(sink).error('x', { error });
    expect(lines[0]?.fields?.['error']).toEqual({
      name: 'MhbConfigError',
      code: 'CONFIG_X',
      message: 'bad',
      option: 'phase',
    });
  });

  it('redacts a plain error message', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink, { secrets: [apiKey] }).error('x', { error: new TypeError(`bad ${RAW_KEY}`) });
    expect(lines[0]?.fields?.['error']).toEqual({ name: 'TypeError', message: 'bad ApiKey(<redacted>)' });
  });

  it('summarizes bytes', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink).debug('x', { body: new Uint8Array(1000) });
    expect(lines[0]?.fields?.['body']).toBe('[1000 bytes]');
  });

  it('cuts deep nesting', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink).debug('x', { a: { b: { c: { d: { e: { f: 1 } } } } } });
    expect(JSON.stringify(lines[0]?.fields)).toContain('[depth limit]');
  });

  it('survives a cycle', () => {
    const { sink, lines } = recordingSink();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    createRedactingLogger(sink).debug('x', { cyclic });
    expect(lines).toHaveLength(1);
  });

  it('drops lines below the level', () => {
    const { sink, lines } = recordingSink();
    const logger = createRedactingLogger(sink, { level: 'warn' });
    logger.info('dropped');
    logger.warn('kept');
    expect(lines.map((line) => line.message)).toEqual(['kept']);
  });

  it('passes lines without fields unchanged', () => {
    const { sink, lines } = recordingSink();
    createRedactingLogger(sink).info('plain');
    expect(lines[0]).toEqual({ level: 'info', message: 'plain', fields: undefined });
  });
});

describe('noopLogger', () => {
  it('accepts every level', () => {
    expect(() => {
      noopLogger.debug('x');
      noopLogger.error('x', { a: 1 });
    }).not.toThrow();
  });
});

describe('createRedactingLogger with the no-op sink', () => {
  it('returns the no-op logger itself', () => {
    expect(createRedactingLogger(noopLogger, { secrets: ['secret'] })).toBe(noopLogger);
  });
});
