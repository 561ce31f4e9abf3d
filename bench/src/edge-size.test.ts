import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// size-limit exports no subpath for its command, so the test runs the file npm links as `size-limit`.
const SIZE_LIMIT_BIN = `${ROOT}node_modules/size-limit/bin.js`;
const run = promisify(execFile);

/** An entry of `.size-limit.json`. */
interface SizeLimitEntry {
  readonly name: string;
  readonly path: string;
  readonly limit: string;
}

/** An entry of `size-limit --json` output; `size` and `sizeLimit` are in bytes. */
interface SizeLimitResult {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
  readonly sizeLimit: number;
}

const entries = JSON.parse(await readFile(`${ROOT}.size-limit.json`, 'utf8')) as SizeLimitEntry[];

describe('edge bundle size', () => {
  it('has built entry files', () => {
    const missing = entries.filter((entry) => !existsSync(`${ROOT}${entry.path}`)).map((entry) => entry.path);

    // The budget is checked on the built package: run `npm run build` first (the root `npm test` does).
    expect(missing).toEqual([]);
  });

  it('stays within the budget', async () => {
    // size-limit exits with 1 when an entry is over its limit, and still prints the JSON report.
    const { stdout } = await run(process.execPath, [SIZE_LIMIT_BIN, '--json'], { cwd: ROOT }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const results = JSON.parse(stdout) as SizeLimitResult[];

    expect(results.map((result) => result.name)).toEqual(entries.map((entry) => entry.name));
    for (const result of results) {
      expect(result.size, `${result.name}: minified and gzipped bytes`).toBeLessThanOrEqual(result.sizeLimit);
    }
  });
});
