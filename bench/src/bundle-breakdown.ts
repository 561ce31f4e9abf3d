// Lists what the edge bundle is made of, by package, for the size budget in docs/benchmarks.md.
// Usage: tsx bench/src/bundle-breakdown.ts (after building packages/core, packages/retrieval and packages/edge)
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../../packages/edge/dist/index.js', import.meta.url));

/** Maps an esbuild input path to its npm package folder, or to its workspace folder for mhbkit's own packages. */
function ownerOf(input: string): string {
  // The path up to the package keeps two copies of one package apart, e.g. nested under two workspaces.
  const dependency = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dependency !== null) return dependency[1]!;
  const workspace = /packages\/([^/]+)/.exec(input);
  return workspace === null ? input : `@mhbkit/${workspace[1]}`;
}

// The same bundling as size-limit's esbuild plugin: ESM, minified, for the browser platform.
const result = await build({
  entryPoints: [ENTRY],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  outfile: 'edge-bundle.js',
});

const output = result.outputFiles[0]!.contents;
const bytesByPackage = new Map<string, number>();
for (const out of Object.values(result.metafile.outputs)) {
  for (const [input, info] of Object.entries(out.inputs)) {
    const owner = ownerOf(input);
    bytesByPackage.set(owner, (bytesByPackage.get(owner) ?? 0) + info.bytesInOutput);
  }
}

const rows = [...bytesByPackage].sort((a, b) => b[1] - a[1]);
console.log('| package | minified bytes | share |');
console.log('| --- | ---: | ---: |');
for (const [owner, bytes] of rows) {
  console.log(`| ${owner} | ${bytes} | ${((bytes / output.length) * 100).toFixed(1)}% |`);
}
console.log(`\ntotal: ${output.length} bytes minified, ${gzipSync(output).length} bytes gzipped`);
