import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

/**
 * Builds the tsup options every package shares: ESM and CJS output with
 * declarations and source maps, and the package version injected as
 * `__MHBKIT_VERSION__` for the User-Agent header.
 */
export function packageBuild(directory: string, overrides: Options = {}): Options {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string };

  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    splitting: false,
    define: { __MHBKIT_VERSION__: JSON.stringify(manifest.version) },
    ...overrides,
  };
}
