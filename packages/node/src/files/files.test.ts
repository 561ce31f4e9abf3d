import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeliveryZip, buildWebsiteZip, generateMedicalFile } from '@mhbkit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openZipFile } from './open-zip-file.js';
import { readMedicalFile } from './read-medical-file.js';
import { saveDelivery } from './save-delivery.js';

const API_KEY = 'files-test-api-key-01';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mhb-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readMedicalFile', () => {
  it('parses a generated file from disk', async () => {
    const generated = generateMedicalFile({ seed: 31, visits: 4 });
    await writeFile(join(dir, 'file.json'), generated.bytes);

    const file = await readMedicalFile(join(dir, 'file.json'));
    expect(file.meta.maskedId).toBe(generated.summary.maskedId);
    expect(file.sections.r1.records).toHaveLength(generated.summary.sections.r1.records);
  });

  it('reports a missing file', async () => {
    await expect(readMedicalFile(join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'NODE_FILE_NOT_FOUND' });
  });

  it('reports a directory as unreadable', async () => {
    await expect(readMedicalFile(dir, { locale: 'en' })).rejects.toMatchObject({ code: 'NODE_FILE_READ_FAILED' });
  });
});

describe('openZipFile', () => {
  it('derives the password from the API key and server key', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, seed: 32 });
    await writeFile(join(dir, 'delivery.zip'), delivery.zip);

    const opened = await openZipFile(join(dir, 'delivery.zip'), { apiKey: API_KEY, serverKey: delivery.serverKey });
    expect(opened.entryName).toBe(delivery.entryName);
  });

  it('opens a website zip with its password', async () => {
    const website = await buildWebsiteZip({ password: 'chosen-by-user', encryption: 'aes' });
    await writeFile(join(dir, 'website.zip'), website.zip);

    const opened = await openZipFile(join(dir, 'website.zip'), { password: 'chosen-by-user' });
    expect(opened.encryption).toBe('aes');
  });

  it('rejects a wrong server key', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, seed: 33 });
    await writeFile(join(dir, 'delivery.zip'), delivery.zip);

    const opening = openZipFile(join(dir, 'delivery.zip'), { apiKey: API_KEY, serverKey: '0'.repeat(32) });
    await expect(opening).rejects.toMatchObject({ code: 'ZIP_WRONG_PASSWORD' });
  });

  it('needs a password or a server key', async () => {
    await expect(openZipFile(join(dir, 'any.zip'))).rejects.toMatchObject({ code: 'NODE_ZIP_PASSWORD_MISSING' });
  });
});

describe('saveDelivery', () => {
  const raw = new TextEncoder().encode('{"myhealthbank":{"bdata":{}}}');

  it('names the file by its SHA-256', async () => {
    const saved = await saveDelivery(join(dir, 'out'), { raw });
    expect(saved.path).toMatch(/[/\\][0-9a-f]{64}\.json$/);
    expect(await readFile(saved.path)).toEqual(Buffer.from(raw));
  });

  it('uses the xml extension for XML files', async () => {
    const saved = await saveDelivery(dir, { raw, file: { meta: { format: 'xml' } } });
    expect(saved.path.endsWith('.xml')).toBe(true);
  });

  it('replaces a redelivered file with the same bytes', async () => {
    const first = await saveDelivery(dir, { raw });
    const second = await saveDelivery(dir, { raw });
    expect(second.path).toBe(first.path);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('fails without leaving a file when the directory is a file', async () => {
    await writeFile(join(dir, 'blocker'), 'x');
    await expect(saveDelivery(join(dir, 'blocker'), { raw })).rejects.toMatchObject({ code: 'NODE_FILE_WRITE_FAILED' });
    expect(await readdir(dir)).toEqual(['blocker']);
  });
});
