/** The severity of a log line, from least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Every log level, from least to most severe. */
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Structured fields of a log line. Field names are English identifiers such as `requestId` or `attempt`. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * The logger mhbkit writes to. Plug in pino, winston or `console` with a few lines of glue; mhbkit passes every line
 * through {@link createRedactingLogger} first, so the sink never receives a secret
 * that mhbkit holds.
 *
 * @example
 * ```ts
 * const logger: Logger = {
 *   debug: (message, fields) => pino.debug(fields, message),
 *   info: (message, fields) => pino.info(fields, message),
 *   warn: (message, fields) => pino.warn(fields, message),
 *   error: (message, fields) => pino.error(fields, message),
 * };
 * ```
 */
export interface Logger {
  /** Writes a detail line: each request attempt and its result. */
  debug(message: string, fields?: LogFields): void;
  /** Writes a line about normal operation. */
  info(message: string, fields?: LogFields): void;
  /** Writes a line about a problem mhbkit handled: a retry, an unverified profile. */
  warn(message: string, fields?: LogFields): void;
  /** Writes a line about a failure that ends a call. */
  error(message: string, fields?: LogFields): void;
}

const ignore = (): void => {};

/** A logger that drops every line: the default when no logger is configured. */
export const noopLogger: Logger = Object.freeze({ debug: ignore, info: ignore, warn: ignore, error: ignore });
