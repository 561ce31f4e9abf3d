import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve('scripts/check-layers.mjs');
let workspace: string | undefined;

function runIn(files: Record<string, string>) {
  workspace = mkdtempSync(join(tmpdir(), 'mhbkit-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  mkdirSync(join(workspace, 'packages/core/src'), { recursive: true });
  mkdirSync(join(workspace, 'packages/retrieval/src'), { recursive: true });
  return spawnSync(process.execPath, [script], { cwd: workspace, encoding: 'utf8' });
}

afterEach(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('check-layers', () => {
  it('accepts web-standard imports', () => {
    const result = runIn({ 'packages/core/src/a.ts': "import { z } from 'zod';\n" });
    expect(result.status).toBe(0);
  });

  it.each([
    ["import { readFile } from 'node:fs';"],
    ["import crypto from 'crypto';"],
    ["const { join } = await import('node:path');"],
    ["export { Buffer } from 'node:buffer';"],
  ])('rejects %s', (line) => {
    const result = runIn({ 'packages/retrieval/src/b.ts': `${line}\n` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('packages/retrieval/src/b.ts:1');
  });

  it('ignores test files', () => {
    const result = runIn({ 'packages/core/src/c.test.ts': "import { createServer } from 'node:http';\n" });
    expect(result.status).toBe(0);
  });
});
