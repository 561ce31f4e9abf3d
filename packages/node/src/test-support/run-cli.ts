import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_DIR } from './built-package.js';

/** The built `mhb` executable. */
export const CLI_PATH = join(PACKAGE_DIR, 'dist', 'cli.js');

/** The output and exit code of one `mhb` run. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `mhb` as a subprocess with a clean environment: only `PATH` and the variables in `env`, so a
 * developer's own `MHB_*` settings never leak into a test.
 */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the built `mhb` like {@link runCli}, without blocking the event loop, so a sandbox in the test process can
 * answer its requests.
 */
export function runCliAsync(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}
