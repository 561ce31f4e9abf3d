/** The limit that stopped a body read early. */
export type BodyReadFailure = 'idle' | 'too-large';

/** Thrown by {@link readBody} when the idle or size limit stops the read. */
export class BodyReadError extends Error {
  constructor(readonly failure: BodyReadFailure) {
    super(failure === 'idle' ? 'response body stalled' : 'response body too large');
  }
}

/** Limits applied while a body is read. */
export interface BodyReadLimits {
  /** The maximum gap between two chunks, in milliseconds. */
  readonly idleMs: number;
  /** The largest body accepted, in bytes. */
  readonly maxBytes: number;
}

/**
 * Reads a response body as a stream, so that the idle and size limits apply while data arrives rather than after.
 *
 * A `Content-Length` above the limit fails before any byte is read. On failure the stream is cancelled, so the
 * connection is released.
 *
 * @throws {@link BodyReadError} when the idle or size limit stops the read; rethrows stream errors (aborts, resets).
 */
export async function readBody(response: Response, limits: BodyReadLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyReadError('too-large');
  }
  if (response.body === null) return new Uint8Array(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;

  try {
    for (;;) {
      const { done, value } = await readWithIdleLimit(reader, limits.idleMs);
      if (done) break;

      length += value.byteLength;
      if (length > limits.maxBytes) throw new BodyReadError('too-large');
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }

  return concat(chunks, length);
}

async function readWithIdleLimit(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  idleMs: number,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyReadError('idle')), idleMs);
  });

  try {
    return await Promise.race([reader.read(), idle]);
  } finally {
    clearTimeout(timer);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const result = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}
