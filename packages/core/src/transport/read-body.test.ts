import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BodyReadError, readBody } from './read-body.js';

function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const LIMITS = { idleMs: 1000, maxBytes: 4096 };

describe('readBody', () => {
  it('joins chunks in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 20 }), async (chunks) => {
        const expected = Uint8Array.from(chunks.flatMap((chunk) => [...chunk]));
        const bytes = await readBody(new Response(streamOf(chunks)), LIMITS);
        expect(bytes).toEqual(expected);
      }),
    );
  });

  it('fails exactly above the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }),
        fc.nat(600),
        async (chunks, maxBytes) => {
          const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
          const reading = readBody(new Response(streamOf(chunks)), { idleMs: 1000, maxBytes });
          if (total > maxBytes) await expect(reading).rejects.toBeInstanceOf(BodyReadError);
          else await expect(reading).resolves.toHaveLength(total);
        },
      ),
    );
  });

  it('returns no bytes for a null body', async () => {
    expect(await readBody(new Response(null), LIMITS)).toHaveLength(0);
  });

  it('stops at an idle stream', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
      },
    });
    await expect(readBody(new Response(stalled), { idleMs: 50, maxBytes: 10 })).rejects.toMatchObject({
      failure: 'idle',
    });
  });

  it('cancels the stream on failure', async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(100));
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(readBody(new Response(endless), { idleMs: 1000, maxBytes: 1000 })).rejects.toMatchObject({
      failure: 'too-large',
    });
    expect(cancelled).toBe(true);
  });
});
