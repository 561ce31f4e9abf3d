import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMhbDecryptError, isMhbZipError, type MhbZipError } from '../errors.js';
import { makeZip, SAMPLE_JSON } from '../test-support/make-zip.js';
import { openDeliveryZip } from './open-delivery-zip.js';

const PASSWORD = '6PZXh9yqau7ZTag3yc33drm/N8ym3ZfcD3MXyyX58Cw=';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as MhbZipError).code ?? String(error);
  }
}

describe('openDeliveryZip', () => {
  it.each(['zipcrypto', 'aes'] as const)('opens %s and reports it', async (encryption) => {
    const zip = await makeZip([{ name: '2020010100000001.json', content: SAMPLE_JSON }], {
      password: PASSWORD,
      encryption,
    });

    const opened = await openDeliveryZip(zip, { password: PASSWORD });

    expect(opened.encryption).toBe(encryption);
    expect(new TextDecoder().decode(opened.content)).toBe(SAMPLE_JSON);
    expect(opened.entryName).toBe('2020010100000001.json');
  });

  it('opens unencrypted and reports none', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }]);

    const opened = await openDeliveryZip(zip);

    expect(opened.encryption).toBe('none');
  });

  it('chooses the entry by content, not name', async () => {
    const zip = await makeZip(
      [
        { name: 'readme.json', content: '{"note":"not it"}' },
        { name: 'data.txt', content: SAMPLE_JSON },
      ],
      { password: PASSWORD },
    );

    const opened = await openDeliveryZip(zip, { password: PASSWORD });

    expect(opened.entryName).toBe('data.txt');
  });

  it('finds XML by its root element', async () => {
    const zip = await makeZip([{ name: 'x.xml', content: '<?xml version="1.0"?><MyHealthBank></MyHealthBank>' }]);

    const opened = await openDeliveryZip(zip);

    expect(opened.entryName).toBe('x.xml');
  });

  it.each(['zipcrypto', 'aes'] as const)('rejects a wrong %s password', async (encryption) => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD, encryption });

    const error = await openDeliveryZip(zip, { password: 'not-the-password', phase: 'test', locale: 'en' }).catch(
      (e) => e,
    );

    expect(isMhbDecryptError(error)).toBe(true);
    expect(error.code).toBe('ZIP_WRONG_PASSWORD');
    expect(error.encryption).toBe(encryption);
    expect(error.message).toContain('API key');
    expect(error.message).not.toContain('not-the-password');
  });

  it('rejects a missing password as wrong', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD });

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_WRONG_PASSWORD');
  });

  it('rejects two candidates as ambiguous', async () => {
    const zip = await makeZip([
      { name: 'a.json', content: SAMPLE_JSON },
      { name: 'b.json', content: SAMPLE_JSON },
    ]);

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_AMBIGUOUS');
  });

  it('rejects a zip without candidates as empty', async () => {
    const zip = await makeZip([{ name: 'a.json', content: '{}' }]);

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_EMPTY');
  });

  it('rejects a zip with no entries as empty', async () => {
    const zip = await makeZip([]);

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_EMPTY');
  });

  it('rejects a truncated zip as corrupt', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD });

    expect(await codeOf(openDeliveryZip(zip.subarray(0, zip.byteLength - 30), { password: PASSWORD }))).toBe(
      'ZIP_CORRUPT',
    );
  });

  it('rejects flipped data bytes as corrupt', async () => {
    const pad = Array.from({ length: 400 }, (_, index) => (index * 7919) % 1000).join(',');
    const zip = await makeZip([{ name: 'a.json', content: JSON.stringify({ myhealthbank: { pad } }) }]);
    const damaged = zip.slice();
    const middle = Math.floor(zip.byteLength / 3);
    for (let index = middle; index < middle + 8; index++) damaged[index] = damaged[index]! ^ 0xff;

    expect(await codeOf(openDeliveryZip(damaged))).toBe('ZIP_CORRUPT');
  });

  it.each([
    ['maxEntries', { maxEntries: 1 }, 'ZIP_TOO_MANY_ENTRIES'],
    ['maxCompressedBytes', { maxCompressedBytes: 100 }, 'ZIP_TOO_LARGE'],
    ['maxUncompressedBytes', { maxUncompressedBytes: 50 }, 'ZIP_ENTRY_TOO_LARGE'],
  ] as const)('enforces %s', async (_name, limits, code) => {
    const zip = await makeZip([
      { name: 'a.json', content: SAMPLE_JSON },
      { name: 'b.txt', content: 'other' },
    ]);

    expect(await codeOf(openDeliveryZip(zip, limits))).toBe(code);
  });

  it('rejects a deflate bomb by ratio', async () => {
    const zip = await makeZip([{ name: 'bomb.json', content: new Uint8Array(8 * 1024 * 1024) }], {
      password: PASSWORD,
    });

    expect(await codeOf(openDeliveryZip(zip, { password: PASSWORD }))).toBe('ZIP_RATIO_EXCEEDED');
  });

  it('stops a bomb with understated sizes while inflating', async () => {
    const zip = await makeZip([{ name: 'bomb.json', content: new Uint8Array(4 * 1024 * 1024) }]);
    // Rewrite the declared uncompressed size (central directory offset 24) to a small value.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = findSignature(zip, 0x02014b50);
    view.setUint32(central + 24, 1000, true);

    const code = await codeOf(openDeliveryZip(zip, { maxCompressionRatio: 100 }));

    expect(['ZIP_RATIO_EXCEEDED', 'ZIP_CORRUPT']).toContain(code);
  });

  it('decodes Big5 member names', async () => {
    const big5 = new Uint8Array([0xb0, 0xb7, 0xb1, 0x64, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]);
    const zip = await makeZip([{ name: 'health.json', rawName: big5, content: SAMPLE_JSON }]);

    const opened = await openDeliveryZip(zip);

    expect(opened.entryName).toBe('健康.json');
  });

  it('raises only zip errors on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const error = await openDeliveryZip(bytes).catch((e: unknown) => e);
        return isMhbZipError(error);
      }),
      { numRuns: 200 },
    );
  });

  it('raises only zip errors on mutated zips', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD });
    await fc.assert(
      fc.asyncProperty(fc.nat(zip.byteLength - 1), fc.integer({ min: 1, max: 255 }), async (index, mask) => {
        const mutated = zip.slice();
        mutated[index] = mutated[index]! ^ mask;
        const result = await openDeliveryZip(mutated, { password: PASSWORD }).catch((e: unknown) => e);
        // A flipped byte in metadata zip.js does not check (a timestamp, an attribute) still opens.
        return isMhbZipError(result) || (result as { encryption?: string }).encryption === 'zipcrypto';
      }),
      { numRuns: 200 },
    );
  });
});

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset <= bytes.byteLength - 4; offset++) {
    if (view.getUint32(offset, true) === signature) return offset;
  }
  throw new Error('signature not found');
}
