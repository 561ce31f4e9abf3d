import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type WorkerHarness } from './test-support/workerd-harness.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHECKS_WORKER = fileURLToPath(new URL('../test/workers/checks.ts', import.meta.url));

let worker: WorkerHarness;

beforeAll(async () => {
  worker = await startWorker({ entry: CHECKS_WORKER, root: REPOSITORY_ROOT });
});

afterAll(async () => {
  await worker?.dispose();
});

describe('worker bundle', () => {
  it('imports no Node.js built-ins', () => {
    expect(worker.bundle.nodeImports).toEqual([]);
  });

  it.each(['packages/edge/src/', 'packages/core/src/'])('holds sources from %s', (folder) => {
    expect(worker.bundle.inputs.some((input) => input.startsWith(folder))).toBe(true);
  });

  it('holds no dist builds', () => {
    expect(worker.bundle.inputs.filter((input) => input.includes('/dist/'))).toEqual([]);
  });
});

describe('workerd runtime', () => {
  it('runs the worker in workerd', async () => {
    const { json } = await worker.request('/runtime');

    expect(json).toMatchObject({ result: { userAgent: 'Cloudflare-Workers' } });
  });

  it('has no Node.js globals', async () => {
    const { json } = await worker.request('/runtime');

    expect(json).toMatchObject({ result: { hasProcess: false, hasBuffer: false } });
  });
});

describe('zip password in workerd', () => {
  it('matches the SDK manual vector', async () => {
    const { json } = await worker.request('/derive-password', {
      apiKey: '0123456789abcdefghij0123456789ab',
      serverKey: '0123456789abcdefghij0123456789abcdefghij',
    });

    expect(json).toEqual({ result: { password: '6PZXh9yqau7ZTag3yc33drm/N8ym3ZfcD3MXyyX58Cw=' } });
  });

  it('rejects an empty server key', async () => {
    const { status, json } = await worker.request('/derive-password', { apiKey: 'abcd', serverKey: '' });

    expect(status).toBe(500);
    expect(json).toMatchObject({ error: { name: 'MhbConfigError' } });
  });
});
