import { isMhbError } from '../errors/mhb-error.js';
import { REDACTED, redact } from '../secrets/redact.js';
import { SecretValue } from '../secrets/secret-value.js';
import { LOG_LEVELS, type LogFields, type Logger, type LogLevel, noopLogger } from './logger.js';

/**
 * Field names whose values are replaced whole, whatever they hold: API keys, server keys, tickets, passwords, tokens
 * and authorization headers. A {@link SecretValue} in such a field still shows its own redacted form.
 */
export const SECRET_FIELD_PATTERN =
  /api[-_]?key|server[-_]?key|sev[-_]?key|ticket|secret|passw|token|authorization|cookie/i;

/** Nested objects deeper than this are replaced by a marker, so a cyclic or huge value cannot stall a log call. */
const MAX_DEPTH = 4;

/** Arrays are cut to this many items in log fields. */
const MAX_ITEMS = 20;

/** Options of {@link createRedactingLogger}. */
export interface RedactingLoggerOptions {
  /** Secret values to remove from messages and string fields wherever they appear. */
  readonly secrets?: Iterable<SecretValue | string>;
  /** Lines below this level are dropped. @defaultValue `'debug'` */
  readonly level?: LogLevel;
}

/**
 * Wraps a logger so that secrets never reach it.
 *
 * Before a line is passed on, every known secret is replaced in the message and in string fields, in its raw,
 * percent-encoded and JSON-escaped forms. Fields named like a key, ticket, password or token are replaced whole.
 * Secret objects show their redacted form, and errors are reduced to their safe JSON form. Nesting is cut at depth 4
 * and arrays at 20 items.
 *
 * @example
 * ```ts
 * const logger = createRedactingLogger(console, { secrets: [apiKey] });
 * logger.info('request started', { requestId, apiKey }); // apiKey: 'ApiKey(<redacted>)'
 * ```
 */
export function createRedactingLogger(sink: Logger, options: RedactingLoggerOptions = {}): Logger {
  // Nothing reaches the no-op sink, so redacting for it would only cost time on every request.
  if (sink === noopLogger) return noopLogger;

  const secrets = [...(options.secrets ?? [])];
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'debug');

  const write = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;

    const safeMessage = redact(message, secrets);
    if (fields === undefined) {
      sink[level](safeMessage);
      return;
    }
    sink[level](safeMessage, sanitizeFields(fields, secrets, 0));
  };

  return Object.freeze({ debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') });
}

function sanitizeFields(fields: LogFields, secrets: readonly (SecretValue | string)[], depth: number): LogFields {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (SECRET_FIELD_PATTERN.test(name) && !(value instanceof SecretValue)) {
      result[name] = value === undefined ? undefined : REDACTED;
      continue;
    }
    result[name] = sanitizeValue(value, secrets, depth + 1);
  }
  return result;
}

function sanitizeValue(value: unknown, secrets: readonly (SecretValue | string)[], depth: number): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value instanceof SecretValue) return value.redacted;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return '[depth limit]';

  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Date) return value.toISOString();
  if (isMhbError(value)) return sanitizeFields(value.toJSON(), secrets, depth);
  if (value instanceof Error) return { name: value.name, message: redact(value.message, secrets) };
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => sanitizeValue(item, secrets, depth + 1));
  return sanitizeFields(value as LogFields, secrets, depth);
}
