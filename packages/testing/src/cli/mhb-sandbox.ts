import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageParams, resolveLocale } from '@mhbkit/core';
import { TESTING_MESSAGES, type TestingMessageCode } from '../errors/messages.js';
import { startSandbox } from '../sandbox/node-server.js';

/** The parsed command line. */
export interface CliArguments {
  readonly port: number;
  readonly locale: Locale;
  readonly seed: string;
  readonly readyAfterMs: number;
  readonly help: boolean;
}

/** A command-line error, already phrased for the user. */
export class CliArgumentError extends Error {}

function integer(argument: string, value: string | undefined, fallback: number, max: number, locale: Locale): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (Number.isInteger(parsed) && parsed >= 0 && parsed <= max) return parsed;
  throw new CliArgumentError(formatMessage(TESTING_MESSAGES, 'CLI_INVALID_ARGUMENT', locale, { argument, value }));
}

/**
 * Parses the `mhb-sandbox` arguments. The language comes from `--lang`, else `MHB_LOCALE`, else zh-TW.
 *
 * @throws {@link CliArgumentError} for an unknown option or an invalid value.
 */
export function parseCliArguments(argv: readonly string[], environmentLocale?: string): CliArguments {
  let values: Record<string, string | boolean | undefined>;
  const fallbackLocale = resolveLocale(environmentLocale) ?? DEFAULT_LOCALE;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        lang: { type: 'string' },
        seed: { type: 'string' },
        'ready-after': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = formatMessage(TESTING_MESSAGES, 'CLI_INVALID_ARGUMENT', fallbackLocale, {
      argument: argv.join(' '),
      value: detail,
    });
    throw new CliArgumentError(message);
  }

  const lang = values['lang'] as string | undefined;
  const locale = lang === undefined ? fallbackLocale : resolveLocale(lang);
  if (locale === undefined) {
    const message = formatMessage(TESTING_MESSAGES, 'CLI_INVALID_ARGUMENT', fallbackLocale, {
      argument: '--lang',
      value: lang ?? '',
    });
    throw new CliArgumentError(message);
  }

  return {
    port: integer('--port', values['port'] as string | undefined, 0, 65_535, locale),
    locale,
    seed: (values['seed'] as string | undefined) ?? '1',
    readyAfterMs: integer('--ready-after', values['ready-after'] as string | undefined, 0, 86_400_000, locale),
    help: values['help'] === true,
  };
}

/** Runs the command: prints the URL and the test-phase key, then serves until SIGINT or SIGTERM. */
export async function main(argv: readonly string[]): Promise<void> {
  let parsed: CliArguments;
  try {
    parsed = parseCliArguments(argv, process.env['MHB_LOCALE']);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }

  const say = (code: TestingMessageCode, params: MessageParams = {}): string =>
    formatMessage(TESTING_MESSAGES, code, parsed.locale, params);
  if (parsed.help) {
    console.log(say('CLI_USAGE'));
    return;
  }

  const seed = /^\d+$/.test(parsed.seed) ? Number(parsed.seed) : parsed.seed;
  const sandbox = await startSandbox({ port: parsed.port, seed, readyAfterMs: parsed.readyAfterMs });
  console.log(say('CLI_STARTED', { url: sandbox.url }));
  console.log(say('CLI_TEST_KEY', { apiKey: sandbox.apiKey }));
  console.log(say('CLI_TEST_KEY_NOTE'));
  console.log(say('CLI_ADMIN_ROUTE', { url: sandbox.url }));
  console.log(say('CLI_STOP_HINT'));

  const stop = (): void => {
    sandbox.close().then(() => {
      console.log(say('CLI_STOPPED'));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
