import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, type Locale, resolveLocale } from '@mhbkit/core';
import { errorCodeOf, exitCodeOf } from './classify-error.js';
import { COMMON_OPTIONS, type OptionSpecs, type ParsedArguments } from './command.js';
import { COMMANDS } from './commands/index.js';
import { type CliContext, CliUsageError, createCliContext, type TextOutput } from './context.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** The process parts `mhb` runs with; tests pass their own. */
export interface CliEnvironment {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Aborts long-running commands, e.g. on SIGINT. */
  readonly signal?: AbortSignal;
}

/**
 * Picks the output language before the arguments are parsed, so that even a usage error is localized:
 * `--lang`, then `MHB_LOCALE`, then zh-TW.
 */
function pickLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const index = argv.findIndex((argument) => argument === '--lang' || argument.startsWith('--lang='));
  if (index >= 0) {
    const argument = argv[index]!;
    const tag = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : argv[index + 1];
    const locale = resolveLocale(tag);
    if (locale !== undefined) return locale;
  }
  return resolveLocale(env['MHB_LOCALE']) ?? DEFAULT_LOCALE;
}

/**
 * Runs `mhb` with `argv` (without the node and script paths) and returns the exit code. Errors are printed as their
 * localized message and code; the stack trace only with `--debug`.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  const context = createCliContext(pickLocale(argv, environment.env), environment);
  const debug = argv.includes('--debug');

  try {
    return await dispatch(argv, context);
  } catch (error) {
    reportError(context, error, debug);
    return exitCodeOf(error);
  }
}

async function dispatch(argv: readonly string[], context: CliContext): Promise<ExitCode> {
  const names = [...COMMANDS.keys()].join(', ');
  const [name, ...rest] = argv;

  if (name === undefined || name === '--help' || name === '-h') {
    const stream = name === undefined ? context.stderr : context.stdout;
    stream.write(`${context.message('HELP')}\n`);
    return name === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
  }
  if (name.startsWith('-')) throw new CliUsageError(context.message('MISSING_COMMAND', { commands: names }));

  const command = COMMANDS.get(name);
  if (command === undefined)
    throw new CliUsageError(context.message('UNKNOWN_COMMAND', { command: name, commands: names }));

  if ('runArgs' in command) return (await command.runArgs(rest, context)) as ExitCode;

  const parsed = parseCommandArguments(rest, { ...COMMON_OPTIONS, ...command.options }, context);
  if (parsed.values['help'] === true) {
    context.stdout.write(`${context.message('HELP')}\n`);
    return EXIT_CODES.ok;
  }
  const lang = parsed.values['lang'];
  if (typeof lang === 'string' && resolveLocale(lang) === undefined) {
    throw new CliUsageError(context.message('INVALID_OPTION_VALUE', { option: '--lang', expected: 'zh-TW, en' }));
  }
  return command.run(context, parsed);
}

function parseCommandArguments(args: readonly string[], options: OptionSpecs, context: CliContext): ParsedArguments {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains the problem in English only; its text names the option, never a value.
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(context.message('USAGE_INVALID', { detail }));
  }
}

function reportError(context: CliContext, error: unknown, debug: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  context.stderr.write(`${context.message('ERROR_LINE', { message, code: errorCodeOf(error) })}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) context.stderr.write(`${error.stack}\n`);
}
