import type { CliCommand } from '../command.js';
import { decryptCommand } from './decrypt.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { fetchCommand } from './fetch.js';
import { inspectCommand } from './inspect.js';

/** Every `mhb` subcommand, by name. Add a command by adding its file and one entry here. */
export const COMMANDS: ReadonlyMap<string, CliCommand> = new Map(
  [inspectCommand, exportCommand, decryptCommand, fetchCommand, demoCommand].map((command) => [command.name, command]),
);
