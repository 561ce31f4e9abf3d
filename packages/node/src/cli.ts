import { runCli } from './cli/main.js';

// The `mhb` executable. tsup adds the `#!/usr/bin/env node` line.
// The first Ctrl+C aborts the running command's signal so it stops cleanly. A second one ends the process at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
});
process.exitCode = code;
