import { runCli } from './cli/main.js';

// The `mhb` executable. tsup adds the `#!/usr/bin/env node` line.
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
