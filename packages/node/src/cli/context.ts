import type { Locale, MessageParams } from '@mhbkit/core';
import { type CliMessageCode, cliMessage } from './messages.js';

/** A writable text stream, such as `process.stdout`. */
export interface TextOutput {
  write(chunk: string | Uint8Array): unknown;
  /** Whether the stream is a terminal; progress bars are drawn only then. */
  readonly isTTY?: boolean;
}

/** The environment of a command run: its streams, environment variables and language. */
export interface CliContext {
  readonly locale: Locale;
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Aborts when the user interrupts the command (Ctrl+C). */
  readonly signal?: AbortSignal;
  /** Formats a message of the command-line catalog in the context's locale. */
  message(code: CliMessageCode, params?: MessageParams): string;
}

/** An error in the command line itself; it exits with the usage code. */
export class CliUsageError extends Error {
  readonly code = 'CLI_USAGE';

  override get name(): string {
    return 'CliUsageError';
  }
}

/** Builds a context for `locale`. */
export function createCliContext(
  locale: Locale,
  streams: { stdout: TextOutput; stderr: TextOutput; env: NodeJS.ProcessEnv; cwd: string; signal?: AbortSignal },
): CliContext {
  return { locale, ...streams, message: (code, params) => cliMessage(code, locale, params) };
}
