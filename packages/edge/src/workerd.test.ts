import { fileURLToPath } from 'node:url';
import { parseMedicalFile } from '@mhbkit/retrieval';
import { type GeneratorOptions, generateMedicalFile } from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeFile } from '../test/workers/summarize-file.js';
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

  it.each(['packages/edge/src/', 'packages/retrieval/src/', 'packages/core/src/'])(
    'holds sources from %s',
    (folder) => {
      expect(worker.bundle.inputs.some((input) => input.startsWith(folder))).toBe(true);
    },
  );

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

describe('file parsing in workerd', () => {
  it.each<[string, GeneratorOptions]>([
    ['JSON with real-file quirks', { seed: 7 }],
    ['XML', { seed: 7, format: 'xml' }],
    ['raw control characters', { seed: 8, quirks: { rawControlCharacters: true, bareNumbers: true } }],
    ['placeholder sections', { seed: 9, sections: { r2: 'noData', r3: 'absent', r4: 'empty' } }],
  ])('matches Node.js for %s', async (_case, options) => {
    const { bytes } = generateMedicalFile(options);

    const { json } = await worker.request('/parse', bytes);

    expect(json).toEqual({ result: summarizeFile(await parseMedicalFile(bytes)) });
  });

  it('reads every generated record', async () => {
    const { bytes, summary } = generateMedicalFile({ seed: 7 });

    const { json } = await worker.request('/parse', bytes);

    expect(json).toMatchObject({ result: { sections: { r1: `parsed:${summary.sections.r1.records}` } } });
  });

  it('rejects a truncated file', async () => {
    const { bytes } = generateMedicalFile({ seed: 7 });

    const { status, json } = await worker.request('/parse', bytes.subarray(0, bytes.length / 2));

    expect(status).toBe(500);
    expect(json).toMatchObject({ error: { name: 'MhbFormatError' } });
  });
});
