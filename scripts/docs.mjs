#!/usr/bin/env node
// Builds the TypeDoc site. Entry points come from each package's `exports` map (the source condition of every
// subpath except ./package.json), so a new public entry point appears in the docs without editing this script.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_CONDITION = '@mhbkit/source';
const entryPoints = [];

for (const name of readdirSync('packages').sort()) {
  const manifestPath = join('packages', name, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json' || typeof target !== 'object') continue;
    const source = target[SOURCE_CONDITION];
    if (typeof source === 'string') entryPoints.push(join('packages', name, source));
  }
}

const args = [
  '--no-install',
  'typedoc',
  '--options',
  'typedoc.json',
  ...entryPoints.flatMap((entry) => ['--entryPoints', entry]),
];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
