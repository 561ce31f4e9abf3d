import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The node package's folder. */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES_DIR = resolve(PACKAGE_DIR, '..');

/**
 * The packages the CLI build needs, in build order: core and retrieval load at run time, and the `mhb demo` code
 * bundles the built testing package.
 */
const BUILD_ORDER = ['core', 'retrieval', 'testing', 'node'];

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Tells whether a package needs a build: its output is missing, or, for the node package, older than its sources.
 * Other packages are rebuilt only when missing, because tsup empties their `dist` while it builds, so a test file
 * running the CLI at that moment would fail. `npm test` builds every package before the tests.
 */
function needsBuild(name: string): boolean {
  const packageDir = join(PACKAGES_DIR, name);
  const output = join(packageDir, 'dist', name === 'node' ? 'cli.js' : 'index.js');
  if (!existsSync(output)) return true;
  if (name !== 'node') return false;
  return statSync(output).mtimeMs < newestSourceTime(join(packageDir, 'src'));
}

/**
 * Builds the packages the CLI needs with tsup when {@link needsBuild} returns true, so the CLI tests run the built package
 * on a fresh clone too. A lock folder keeps parallel test files from building at once.
 */
export function ensureBuilt(): void {
  const lock = join(PACKAGE_DIR, 'dist-build.lock');
  const deadline = Date.now() + 540_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}; remove it if no build is running`);
      spawnSync('sleep', ['1']);
    }
  }

  try {
    for (const name of BUILD_ORDER) {
      if (!needsBuild(name)) continue;
      const result = spawnSync('npx', ['--no-install', 'tsup'], { cwd: join(PACKAGES_DIR, name), encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`tsup failed in packages/${name}:\n${result.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
