import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

export default defineConfig([
  packageBuild(import.meta.dirname, { entry: ['src/index.ts', 'src/msw.ts'] }),
  // The command-line sandbox: ESM only, one file, not part of the library's types.
  packageBuild(import.meta.dirname, {
    entry: { 'mhb-sandbox': 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
