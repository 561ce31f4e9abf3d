import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// Two builds: the library (ESM and CJS with declarations) and the `mhb` executable (ESM only, with a shebang).
// Neither cleans `dist`, because tsup runs both at once and one would delete the other's output.
export default defineConfig([
  packageBuild(import.meta.dirname, { clean: false }),
  packageBuild(import.meta.dirname, {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
