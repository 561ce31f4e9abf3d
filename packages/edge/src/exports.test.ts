import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSUP = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist/cli-default.js');

/** The runtime conditions that must resolve to the ESM edge build. */
const EDGE_CONDITIONS = ['workerd', 'worker', 'edge-light', 'browser', 'deno', 'bun'];

interface ExportTarget {
  readonly types: string;
  readonly default: string;
}

/** Runs a module script with `node --conditions=…` from the package folder and returns what it prints. */
function runNode(conditions: readonly string[], script: string): string {
  const flags = conditions.map((condition) => `--conditions=${condition}`);
  return execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
  }).trim();
}

function resolvedPath(conditions: readonly string[]): string {
  const url = runNode(conditions, "console.log(import.meta.resolve('@mhbkit/edge'))");
  return fileURLToPath(url).slice(PACKAGE_ROOT.length).split('\\').join('/');
}

// The build makes dist match src. @mhbkit/core and @mhbkit/retrieval are loaded from their own dist builds, which
// `npm test` builds before vitest runs.
beforeAll(() => {
  execFileSync(process.execPath, [TSUP], { cwd: PACKAGE_ROOT, stdio: 'pipe' });
}, 60_000);

describe('package exports', () => {
  const manifest = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as {
    exports: { '.': Record<string, string | ExportTarget> };
  };
  const entry = manifest.exports['.'];

  it('puts the source condition first', () => {
    expect(Object.keys(entry)[0]).toBe('@mhbkit/source');
  });

  it('puts runtime conditions before import', () => {
    const keys = Object.keys(entry);

    expect(keys.slice(1, EDGE_CONDITIONS.length + 1)).toEqual(EDGE_CONDITIONS);
  });

  it.each(Object.keys(entry).slice(1))('lists types first for %s', (condition) => {
    expect(Object.keys(entry[condition] as ExportTarget)[0]).toBe('types');
  });
});

describe('conditional resolution', () => {
  it.each(EDGE_CONDITIONS)('resolves %s to the ESM build', (condition) => {
    expect(resolvedPath([condition])).toBe('dist/index.js');
  });

  it('resolves import to the ESM build', () => {
    expect(resolvedPath([])).toBe('dist/index.js');
  });

  it('resolves require to the CJS build', () => {
    const path = execFileSync(process.execPath, ['-p', "require.resolve('@mhbkit/edge')"], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    }).trim();

    expect(path.slice(PACKAGE_ROOT.length).split('\\').join('/')).toBe('dist/index.cjs');
  });

  it('lets the source condition win', () => {
    expect(resolvedPath(['@mhbkit/source', 'workerd'])).toBe('src/index.ts');
  });

  it.each(EDGE_CONDITIONS)('loads the build under %s', (condition) => {
    const script = "const m = await import('@mhbkit/edge'); console.log(typeof m.createClient)";

    expect(runNode([condition], script)).toBe('function');
  });
});
