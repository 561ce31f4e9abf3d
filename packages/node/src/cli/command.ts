import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';

/** The option specs of a command, in `util.parseArgs` form. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The parsed arguments a command receives. */
export interface ParsedArguments {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `mhb` subcommand. Each lives in its own file under `commands/` and is listed in `commands/index.ts`.
 * A command either declares `options` and gets them parsed into `run`, or takes its raw arguments in `runArgs`.
 */
export type CliCommand = ParsedCliCommand | RawCliCommand;

/** A command whose arguments `mhb` parses with `util.parseArgs`. */
export interface ParsedCliCommand {
  readonly name: string;
  /** Options besides the common `--lang`, `--debug` and `--help`. */
  readonly options: OptionSpecs;
  run(context: CliContext, parsed: ParsedArguments): Promise<ExitCode>;
}

/** A command that parses its own arguments (those after the command name) and returns its exit code. */
export interface RawCliCommand {
  readonly name: string;
  runArgs(args: readonly string[], context: CliContext): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
  lang: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** Options that set how a zip input is decrypted. */
export const ZIP_KEY_OPTIONS: OptionSpecs = {
  'server-key': { type: 'string' },
  password: { type: 'string' },
  'api-key': { type: 'string' },
};

/** Returns a string option, or `undefined`. */
export function stringOption(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}
