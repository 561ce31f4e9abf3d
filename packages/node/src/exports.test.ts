import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, PACKAGE_DIR } from './test-support/built-package.js';

/** Runs a snippet with `node` from the package folder, so `@mhbkit/node` resolves through the workspace link. */
function runNode(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

const PUBLIC_NAMES = ['createClient', 'FileTicketStore', 'openZipFile', 'readMedicalFile', 'saveDelivery'];

beforeAll(() => {
  ensureBuilt();
}, 600_000);

describe('package exports', () => {
  it.each([
    ['import', ['--input-type=module', '-e', "console.log(import.meta.resolve('@mhbkit/node'))"], 'dist/index.js'],
    ['require', ['--input-type=commonjs', '-e', "console.log(require.resolve('@mhbkit/node'))"], 'dist/index.cjs'],
    [
      '@mhbkit/source',
      ['--conditions=@mhbkit/source', '--input-type=module', '-e', "console.log(import.meta.resolve('@mhbkit/node'))"],
      'src/index.ts',
    ],
  ])('resolves the %s condition', (_condition, args, target) => {
    const run = runNode(args);
    expect(run.stderr).toBe('');
    expect(run.stdout.replaceAll('\\', '/')).toMatch(new RegExp(`packages/node/${target}$`));
  });

  it('loads the ESM build with its public names', () => {
    const run = runNode([
      '--conditions=import',
      '--input-type=module',
      '-e',
      "const m = await import('@mhbkit/node'); console.log(JSON.stringify(Object.keys(m)))",
    ]);
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining(PUBLIC_NAMES));
  });

  it('loads the CJS build with its public names', () => {
    const run = runNode([
      '--conditions=require',
      '--input-type=commonjs',
      '-e',
      "console.log(JSON.stringify(Object.keys(require('@mhbkit/node'))))",
    ]);
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining(PUBLIC_NAMES));
  });

  it('declares the mhb bin with a shebang', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { bin: { mhb: string } };
    const firstLine = readFileSync(join(PACKAGE_DIR, manifest.bin.mhb), 'utf8').split('\n', 1)[0];
    expect(firstLine).toBe('#!/usr/bin/env node');
  });
});
