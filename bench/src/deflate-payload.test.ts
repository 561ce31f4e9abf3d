import { inflateRawSync } from 'node:zlib';
import { generateMedicalFile } from '@mhbkit/testing';
import { describe, expect, it } from 'vitest';
import { deflatedPayloadOf } from './deflate-payload.js';

describe('deflatedPayloadOf', () => {
  it('inflates back to the content', async () => {
    const { bytes } = generateMedicalFile({ seed: 'deflate-payload', visits: 30 });

    const payload = await deflatedPayloadOf(bytes);

    expect(payload.length).toBeLessThan(bytes.length);
    expect(new Uint8Array(inflateRawSync(payload))).toEqual(bytes);
  });

  it('handles empty content', async () => {
    const payload = await deflatedPayloadOf(new Uint8Array());

    expect(inflateRawSync(payload).length).toBe(0);
  });
});
