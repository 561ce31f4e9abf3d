import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseMedicalFile } from '@mhbkit/retrieval';
import {
  buildDeliveryZip,
  type GeneratorOptions,
  generateMedicalFile,
  type RunningSandbox,
  startSandbox,
  type ZipEncryption,
} from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeFile } from '../test/workers/summarize-file.js';
import { startWorker, type WorkerHarness } from './test-support/workerd-harness.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHECKS_WORKER = fileURLToPath(new URL('../test/workers/checks.ts', import.meta.url));

// A synthetic phase-1 API key, bound to the worker as MHB_API_KEY.
const TEST_API_KEY = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';

let sandbox: RunningSandbox;
let worker: WorkerHarness;

// The sandbox runs first, so its URL can be bound to the worker as MHB_BASE_URL. Bundling and starting workerd take a
// few seconds, and longer on a loaded machine, hence the timeout.
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5, apps: [{ apiKey: TEST_API_KEY, phase: 'test' }] });
  worker = await startWorker({
    entry: CHECKS_WORKER,
    root: REPOSITORY_ROOT,
    bindings: { MHB_API_KEY: TEST_API_KEY, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url },
  });
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
  await sandbox?.close();
});

describe('worker bundle', () => {
  it('imports no Node.js built-ins', () => {
    expect(worker.bundle.nodeImports).toEqual([]);
  });

  it.each(['packages/edge/src/', 'packages/retrieval/src/', 'packages/core/src/'])(
    'contains sources from %s',
    (folder) => {
      expect(worker.bundle.inputs.some((input) => input.startsWith(folder))).toBe(true);
    },
  );

  it('contains no dist builds', () => {
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

describe('delivery zip in workerd', () => {
  it.each<ZipEncryption>(['zipcrypto', 'aes'])('opens a zip with %s', async (encryption) => {
    const delivery = await buildDeliveryZip({ apiKey: TEST_API_KEY, content: { seed: 3 }, encryption });
    const expectedSha256 = createHash('sha256')
      .update(generateMedicalFile({ seed: 3 }).bytes)
      .digest('hex');

    const { json } = await worker.request('/open-zip', delivery.zip, { 'x-server-key': delivery.serverKey });

    expect(json).toEqual({ result: { entryName: delivery.entryName, encryption, contentSha256: expectedSha256 } });
  });

  it('rejects another key as a wrong password', async () => {
    const delivery = await buildDeliveryZip({ apiKey: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', content: { seed: 3 } });

    const { status, json } = await worker.request('/open-zip', delivery.zip, { 'x-server-key': delivery.serverKey });

    expect(status).toBe(500);
    expect(json).toMatchObject({ error: { name: 'MhbDecryptError', code: 'ZIP_WRONG_PASSWORD' } });
  });

  it('rejects a truncated zip', async () => {
    const delivery = await buildDeliveryZip({ apiKey: TEST_API_KEY, content: { seed: 3 } });
    const truncated = delivery.zip.subarray(0, delivery.zip.length - 30);

    const { status, json } = await worker.request('/open-zip', truncated, { 'x-server-key': delivery.serverKey });

    expect(status).toBe(500);
    expect(json).toMatchObject({ error: { name: 'MhbZipError' } });
  });
});

describe('bindings in workerd', () => {
  it('reads trimmed bindings', async () => {
    const { json } = await worker.request('/create-client', { MHB_API_KEY: ` ${TEST_API_KEY} `, MHB_PHASE: ' test\n' });

    expect(json).toEqual({ result: { phase: 'test' } });
  });

  it('names a binding that is not text', async () => {
    const { json } = await worker.request('/create-client', { MHB_API_KEY: 42, MHB_PHASE: 'test' });

    expect(json).toMatchObject({ error: { code: 'EDGE_BINDING_NOT_TEXT', binding: 'MHB_API_KEY' } });
  });

  it('writes errors in the MHB_LOCALE language', async () => {
    const { json } = await worker.request('/create-client', { MHB_LOCALE: 'en', MHB_API_KEY: TEST_API_KEY });

    expect(json).toMatchObject({
      error: { code: 'EDGE_PHASE_MISSING', message: expect.stringMatching(/^Phase missing/) },
    });
  });
});

describe('client in workerd', () => {
  it('redeems a ticket from the sandbox', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 11 } });

    const { json } = await worker.request('/redeem', { ticket: issued.ticket });

    expect(json).toMatchObject({ result: { status: 'ready', encryption: 'zipcrypto', acknowledged: true } });
  });

  it('parses the redeemed file as Node.js does', async () => {
    // The sandbox dates its files by its clock, so the date is fixed to generate the same bytes here.
    const file = { seed: 12, applicationDate: '20260110' };
    const issued = await sandbox.issueTicket({ file });
    const { bytes } = generateMedicalFile({ ...file, maskedId: issued.maskedId });

    const { json } = await worker.request('/redeem', { ticket: issued.ticket });

    expect(json).toMatchObject({ result: { file: summarizeFile(await parseMedicalFile(bytes)) } });
  });

  it('lets an explicit API key win', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 13 } });

    const { json } = await worker.request('/redeem', {
      ticket: issued.ticket,
      apiKey: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
    });

    expect(json).toMatchObject({ result: { status: 'key-rejected' } });
  });

  it('fetches through the sandbox URL', async () => {
    const before = sandbox.requests.length;
    const issued = await sandbox.issueTicket({ file: { seed: 14 } });

    await worker.request('/redeem', { ticket: issued.ticket });

    expect(sandbox.requests.length).toBeGreaterThan(before);
  });

  it('receives an uploaded zip', async () => {
    const delivery = await buildDeliveryZip({ apiKey: TEST_API_KEY, content: { seed: 15 } });
    const expected = summarizeFile(await parseMedicalFile(generateMedicalFile({ seed: 15 }).bytes));

    const { json } = await worker.request('/receive-upload', delivery.zip, { 'x-server-key': delivery.serverKey });

    expect(json).toEqual({ result: { phase: 'test', file: expected } });
  });
});
