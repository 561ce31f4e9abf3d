import { resolve } from 'node:path';
import { type ParsedCliCommand, stringOption } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { DEMO_OUTPUT_DIR, runDemo } from './demo-run.js';

/**
 * `mhb demo [--out <dir>]`: starts the sandbox in-process, redeems one ticket end to end and prints a summary.
 * Errors propagate to the `mhb` entry, which prints them localized with their code.
 */
export const demoCommand: ParsedCliCommand = {
  name: 'demo',
  options: { out: { type: 'string' } },

  async run(context, parsed) {
    await runDemo({
      locale: context.locale,
      outDir: resolve(context.cwd, stringOption(parsed, 'out') ?? DEMO_OUTPUT_DIR),
      write: (line) => context.stdout.write(`${line}\n`),
    });
    return EXIT_CODES.ok;
  },
};
