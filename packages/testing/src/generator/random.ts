/**
 * A small seeded pseudo-random generator: xoshiro128** whose state is expanded from the seed by a splitmix-style mix.
 *
 * It is not cryptographic. Its only job is to make the generator deterministic: the same seed yields the same
 * sequence on every runtime, because it uses 32-bit integer arithmetic only.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    let state = typeof seed === 'number' ? seed >>> 0 : hashText(seed);
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1;
  }

  /** Returns the next unsigned 32-bit integer. */
  nextUint32(): number {
    // xoshiro128** step.
    const result = Math.imul(rotateLeft(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** Returns a float in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** Returns an integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns true with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Returns one element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Returns `length` decimal digits. */
  digits(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += String(this.nextUint32() % 10);
    return text;
  }

  /** Returns `length` lower-case hexadecimal characters. */
  hex(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += (this.nextUint32() & 15).toString(16);
    return text;
  }

  /** Returns a fixed-point decimal in [min, max] with `decimals` digits after the point. */
  decimal(min: number, max: number, decimals: number): string {
    return (min + this.next() * (max - min)).toFixed(decimals);
  }
}

/** Derives an independent generator for one named stream, so each section's output does not depend on the others. */
export function deriveRandom(seed: number | string, stream: string): SeededRandom {
  return new SeededRandom(hashText(`${String(seed)}\u0000${stream}`));
}

/** Hashes text to 32 bits with FNV-1a over its UTF-16 code units. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}
