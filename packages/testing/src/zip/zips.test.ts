import { deriveZipPassword } from '@mhbkit/core';
import { openDeliveryZip } from '@mhbkit/retrieval';
import { describe, expect, it } from 'vitest';
import { generateMedicalFile } from '../generator/generate.js';
import { buildDeliveryZip } from './delivery-zip.js';
import { buildWebsiteZip } from './website-zip.js';

const API_KEY = '0123456789abcdef0123456789abcdef';

describe('buildDeliveryZip', () => {
  it.each(['zipcrypto', 'aes'] as const)('opens with the derived password (%s)', async (encryption) => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, content: { seed: 3 }, encryption });
    const password = await deriveZipPassword(API_KEY, delivery.serverKey);
    const opened = await openDeliveryZip(delivery.zip, { password });

    expect(opened.encryption).toBe(encryption);
    expect(opened.content).toEqual(generateMedicalFile({ seed: 3 }).bytes);
  });

  it('names are 16 digits', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, content: { applicationDate: '20260301' } });

    expect(delivery.fileName).toMatch(/^20260301\d{8}\.zip$/);
    expect(delivery.entryName).toBe(delivery.fileName.replace('.zip', '.json'));
  });

  it('server key is 32 hex from the seed', async () => {
    const first = await buildDeliveryZip({ apiKey: API_KEY, seed: 'k' });
    const second = await buildDeliveryZip({ apiKey: API_KEY, seed: 'k' });

    expect(first.serverKey).toMatch(/^[0-9a-f]{32}$/);
    expect(second.serverKey).toBe(first.serverKey);
  });

  it('wrong API key fails to open', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY });
    const password = await deriveZipPassword('ffffffffffffffffffffffffffffffff', delivery.serverKey);

    await expect(openDeliveryZip(delivery.zip, { password })).rejects.toMatchObject({ code: 'ZIP_WRONG_PASSWORD' });
  });

  it('legacy password scheme', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, passwordScheme: { scheme: 'legacy-concat' } });
    const opened = await openDeliveryZip(delivery.zip, { password: API_KEY + delivery.serverKey });

    expect(opened.entryName).toBe(delivery.entryName);
  });

  it('carries the summary', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, content: { seed: 4, visits: 5 } });

    expect(delivery.summary?.visits).toBe(5);
  });

  it('ready bytes are stored as given', async () => {
    const bytes = new TextEncoder().encode('{"myhealthbank":{"bdata":{"b1.1":"Z12345****"}}}');
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, content: bytes });
    const opened = await openDeliveryZip(delivery.zip, {
      password: await deriveZipPassword(API_KEY, delivery.serverKey),
    });

    expect(opened.content).toEqual(bytes);
    expect(delivery.summary).toBeUndefined();
  });

  it('rejects a malformed server key', async () => {
    await expect(buildDeliveryZip({ apiKey: API_KEY, serverKey: 'XYZ' })).rejects.toMatchObject({
      code: 'GENERATOR_INVALID_OPTION',
    });
  });
});

describe('buildWebsiteZip', () => {
  it('website names', async () => {
    const website = await buildWebsiteZip({ rocDate: '1130305' });

    expect(website.fileName).toBe('MHBJSON_1130305_1.zip');
    expect(website.entryName).toBe('MHBJSON_1130305_1-1/健康存摺醫療類_1130305.JSON');
  });

  it('ROC date from the application date', async () => {
    const website = await buildWebsiteZip({ content: { applicationDate: '20240305' } });

    expect(website.fileName).toBe('MHBJSON_1130305_1.zip');
  });

  it('opens without a password', async () => {
    const website = await buildWebsiteZip({ content: { seed: 8, format: 'xml' } });
    const opened = await openDeliveryZip(website.zip);

    expect(opened.entryName).toBe(website.entryName);
    expect(opened.encryption).toBe('none');
  });

  it('opens with a user password', async () => {
    const website = await buildWebsiteZip({ password: 'Z123456789', encryption: 'aes' });
    const opened = await openDeliveryZip(website.zip, { password: 'Z123456789' });

    expect(opened.content.length).toBe(website.summary?.bytes);
  });
});
