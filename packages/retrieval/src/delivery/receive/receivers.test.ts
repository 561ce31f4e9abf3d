import { ApiKey } from '@mhbkit/core';
import { buildDeliveryZip, generateMedicalFile } from '@mhbkit/testing';
import { describe, expect, it } from 'vitest';
import { isMhbDecryptError } from '../errors.js';
import type { ReceiveContext } from './open-received-file.js';
import { receivePlaintext, receiveUploadedZip } from './receivers.js';

const API_KEY = '0123456789abcdef0123456789abcdef';
const context: ReceiveContext = { apiKey: ApiKey.from(API_KEY), phase: 'test', locale: 'en' };

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('receiveUploadedZip', () => {
  it.each(['zipcrypto', 'aes'] as const)('opens a %s upload', async (encryption) => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, encryption, content: { seed: 1 } });

    const received = await receiveUploadedZip({ zip: delivery.zip, serverKey: delivery.serverKey }, context);

    expect(received.phase).toBe('test');
    expect(received.zip?.encryption).toBe(encryption);
    expect(received.zip?.entryName).toBe(delivery.entryName);
    expect(received.file.meta.maskedId).toMatch(/\*{4}$/);
  });

  it('keeps raw bytes with their hash', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY, content: { seed: 2 } });

    const received = await receiveUploadedZip({ zip: delivery.zip, serverKey: delivery.serverKey }, context);

    expect(received.rawSha256).toBe(await sha256(received.raw));
    expect(received.zip?.sha256).toBe(await sha256(delivery.zip));
    expect(received.zip?.bytes).toBeUndefined();
  });

  it('keeps the zip when asked', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY });

    const received = await receiveUploadedZip(
      { zip: delivery.zip, serverKey: delivery.serverKey },
      { ...context, keepZip: true },
    );

    expect(received.zip?.bytes).toBe(delivery.zip);
  });

  it('accepts a Blob and a form line break', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY });

    const received = await receiveUploadedZip(
      { zip: new Blob([delivery.zip as Uint8Array<ArrayBuffer>]), serverKey: `${delivery.serverKey}\r\n` },
      context,
    );

    expect(received.zip?.byteLength).toBe(delivery.zip.byteLength);
  });

  it('rejects a wrong server key', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY });

    const error = await receiveUploadedZip({ zip: delivery.zip, serverKey: 'f'.repeat(32) }, context).catch((e) => e);

    expect(isMhbDecryptError(error)).toBe(true);
    expect(error.message).toContain('serverKey');
  });

  it('rejects a key of the other phase', async () => {
    const delivery = await buildDeliveryZip({ apiKey: API_KEY });
    const other = { ...context, apiKey: ApiKey.from('fedcba9876543210fedcba9876543210') };

    const error = await receiveUploadedZip({ zip: delivery.zip, serverKey: delivery.serverKey }, other).catch((e) => e);

    expect(error.code).toBe('ZIP_WRONG_PASSWORD');
  });

  it.each([
    ['missing serverKey', { zip: new Uint8Array(1) }, 'DELIVERY_SERVER_KEY_INVALID'],
    ['blank serverKey', { zip: new Uint8Array(1), serverKey: '  ' }, 'DELIVERY_SERVER_KEY_INVALID'],
    ['zip as text', { zip: 'PK', serverKey: 'k' }, 'DELIVERY_INPUT_INVALID'],
    ['oversized Blob', { zip: new Blob([new Uint8Array(65)]), serverKey: 'k' }, 'DELIVERY_INPUT_INVALID'],
  ])('rejects %s', async (_name, upload, code) => {
    const limited = { ...context, zipLimits: { maxCompressedBytes: 64 } };

    const error = await receiveUploadedZip(upload as never, limited).catch((e) => e);

    expect(error.code).toBe(code);
  });
});

describe('receivePlaintext', () => {
  it('parses text and bytes alike', async () => {
    const generated = generateMedicalFile({ seed: 4 });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(generated.bytes);

    const fromText = await receivePlaintext(text, context);
    const fromBytes = await receivePlaintext(generated.bytes, context);

    expect(fromText.rawSha256).toBe(fromBytes.rawSha256);
    expect(fromText.phase).toBe('test');
    expect(fromText.zip).toBeUndefined();
  });

  it('rejects other input types', async () => {
    const error = await receivePlaintext(42 as never, context).catch((e) => e);

    expect(error.code).toBe('DELIVERY_INPUT_INVALID');
  });
});
