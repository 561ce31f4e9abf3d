import { resolve } from 'node:path';
import { type ParsedCliCommand, stringOption } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';

/**
 * `mhb demo [--out <dir>]`: starts the sandbox in-process, redeems one ticket end to end and prints a summary.
 * Errors propagate to the `mhb` entry, which prints them localized with their code.
 */
export const demoCommand: ParsedCliCommand = {
  name: 'demo',
  options: { out: { type: 'string' } },

  async run(context, parsed) {
    // Loaded on use, so the other commands do not load the sandbox and the file generator at start-up.
    const { DEMO_OUTPUT_DIR, runDemo } = await import('./demo-run.js');
    await runDemo({
      locale: context.locale,
      outDir: resolve(context.cwd, stringOption(parsed, 'out') ?? DEMO_OUTPUT_DIR),
      write: (line) => context.stdout.write(`${line}\n`),
    });
    return EXIT_CODES.ok;
  },
};
