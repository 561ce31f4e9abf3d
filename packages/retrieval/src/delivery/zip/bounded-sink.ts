/** @internal Why a {@link BoundedSink} stopped accepting bytes. */
export type SinkOverflow = 'size' | 'ratio';

/**
 * @internal A `WritableStream` that collects an inflated entry and fails as soon as it grows past a byte budget or
 * past a ratio of the entry's compressed size, so a zip bomb is stopped while it inflates, not after.
 */
export class BoundedSink {
  readonly stream: WritableStream<Uint8Array>;
  overflow: SinkOverflow | undefined;
  #chunks: Uint8Array[] = [];
  #length = 0;

  constructor(maxBytes: number, maxRatioBytes: number) {
    this.stream = new WritableStream<Uint8Array>({
      write: (chunk) => {
        this.#length += chunk.byteLength;
        if (this.#length > maxBytes) this.overflow = 'size';
        else if (this.#length > maxRatioBytes) this.overflow = 'ratio';
        if (this.overflow !== undefined) throw new Error(`inflated entry over the ${this.overflow} limit`);

        this.#chunks.push(chunk.slice());
      },
    });
  }

  /** The number of bytes written so far. */
  get length(): number {
    return this.#length;
  }

  /** Joins the collected chunks into one array. */
  bytes(): Uint8Array {
    const result = new Uint8Array(this.#length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      result.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return result;
  }
}
