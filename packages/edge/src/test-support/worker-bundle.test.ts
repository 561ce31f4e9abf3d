import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from './worker-bundle.js';
import { startWorker } from './workerd-harness.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('bundleWorker', () => {
  it('lists Node.js built-in imports', async () => {
    const entry = fileURLToPath(new URL('../../test/workers/uses-node.ts', import.meta.url));

    const bundle = await bundleWorker(entry, REPOSITORY_ROOT);

    expect(bundle.nodeImports).toEqual(['node:crypto', 'path']);
  });

  it('lists inputs relative to the root', async () => {
    const entry = fileURLToPath(new URL('../../test/workers/uses-node.ts', import.meta.url));

    const bundle = await bundleWorker(entry, REPOSITORY_ROOT);

    expect(bundle.inputs).toEqual(['packages/edge/test/workers/uses-node.ts']);
  });
});

describe('startWorker', () => {
  it('names Node.js built-ins before starting workerd', async () => {
    const entry = fileURLToPath(new URL('../../test/workers/uses-node.ts', import.meta.url));

    await expect(startWorker({ entry, root: REPOSITORY_ROOT })).rejects.toThrow('(node:crypto, path)');
  });
});
