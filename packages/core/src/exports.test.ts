import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

const SOURCE = import.meta.dirname;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('public surface', () => {
  it.each([
    'ApiKey',
    'ServerKey',
    'TicketNumber',
    'redact',
    'deriveZipPassword',
    'OBSERVED_SDK_DEVICE_2019',
    'defineEndpointProfile',
    'withBaseUrl',
    'resolveClientConfig',
    'createTransport',
    'describeNhiCode',
    'createRedactingLogger',
    'createReturnCodeError',
    'isMhbApiError',
    'isMhbConnectionError',
    'isMhbTimeoutError',
    'isMhbAbortError',
    'isMhbConfigError',
  ])('exports %s', (name) => {
    expect(core).toHaveProperty(name);
  });

  it('keeps ky inside the attempt sender', () => {
    // ky types must not reach the declarations; importing ky in one file that exports only our own types keeps it so.
    const importers = sourceFiles(SOURCE)
      .filter((file) => /from 'ky'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SOURCE, file));
    expect(importers).toEqual(['transport/send-attempt.ts']);
  });

  it('exports nothing from internal or test-support', () => {
    const index = readFileSync(join(SOURCE, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/from '\.\/(internal|test-support)\//);
  });
});
