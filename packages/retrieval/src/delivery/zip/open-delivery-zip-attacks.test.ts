import { describe, expect, it } from 'vitest';
import type { MhbZipError } from '../errors.js';
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

describe('openDeliveryZip attacks', () => {
  it('counts the total size over all entries', async () => {
    const filler = 'x'.repeat(400);
    const zip = await makeZip([
      { name: 'a.txt', content: filler },
      { name: 'b.txt', content: filler },
      { name: 'c.json', content: SAMPLE_JSON },
    ]);

    expect(await codeOf(openDeliveryZip(zip, { maxUncompressedBytes: 850, maxCompressionRatio: 1000 }))).toBe(
      'ZIP_ENTRY_TOO_LARGE',
    );
  });

  it('opens a file beside an empty entry', async () => {
    const zip = await makeZip([
      { name: 'empty.json', content: '' },
      { name: 'a.json', content: SAMPLE_JSON },
    ]);

    expect((await openDeliveryZip(zip)).entryName).toBe('a.json');
  });

  it('rejects many small entries', async () => {
    const entries = Array.from({ length: 40 }, (_, index) => ({ name: `e${index}.txt`, content: 'x' }));
    const zip = await makeZip([...entries, { name: 'a.json', content: SAMPLE_JSON }]);

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_TOO_MANY_ENTRIES');
  });

  it('does not open a nested zip', async () => {
    const inner = await makeZip([{ name: 'inner.json', content: SAMPLE_JSON }]);
    const zip = await makeZip([{ name: 'inner.zip', content: inner }]);

    expect(await codeOf(openDeliveryZip(zip))).toBe('ZIP_EMPTY');
  });

  it.each(['zipcrypto', 'aes'] as const)('rejects a near-miss %s password', async (encryption) => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD, encryption });

    expect(await codeOf(openDeliveryZip(zip, { password: `${PASSWORD.slice(0, -1)}x` }))).toBe('ZIP_WRONG_PASSWORD');
  });

  it('rejects an encrypted zip opened with an empty password', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD, encryption: 'aes' });

    expect(await codeOf(openDeliveryZip(zip, { password: '' }))).toBe('ZIP_WRONG_PASSWORD');
  });

  it('stops on an aborted signal', async () => {
    const zip = await makeZip([{ name: 'a.json', content: SAMPLE_JSON }], { password: PASSWORD });

    expect(await codeOf(openDeliveryZip(zip, { password: PASSWORD, signal: AbortSignal.abort() }))).not.toBe(
      'resolved',
    );
  });
});
