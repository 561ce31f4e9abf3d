#!/usr/bin/env node
// Runs publint and @arethetypeswrong/cli on every built package, as a published tarball would be seen.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const packagesRoot = 'packages';
let failed = false;

for (const name of readdirSync(packagesRoot).sort()) {
  const directory = join(packagesRoot, name);
  const checks = [
    ['publint', ['publint', '--strict', directory]],
    ['attw', ['attw', '--pack', directory, '--format', 'table-flipped', '--profile', 'node16']],
  ];
  for (const [label, args] of checks) {
    const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`${label} failed for ${directory}`);
      failed = true;
    }
  }
}

process.exit(failed ? 1 : 0);
