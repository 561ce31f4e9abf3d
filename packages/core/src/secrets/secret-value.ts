import { constantTimeEqual } from '../internal/constant-time.js';

/** The symbol Node's `util.inspect` calls; a registered symbol, so no `node:util` import is needed. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The base of every secret mhbkit handles: API keys, server keys and ticket numbers.
 *
 * The raw value sits in a private field. `toString`, `toJSON`, template literals and Node's `util.inspect` all show
 * only the redacted form, so a secret that reaches a log line, an error or `JSON.stringify` does not leak.
 * Call {@link SecretValue.reveal} in the few places that must send the raw value.
 */
export abstract class SecretValue {
  readonly #value: string;

  protected constructor(value: string) {
    this.#value = value;
  }

  /** The redacted form shown wherever the secret is printed, e.g. `ApiKey(<redacted>)`. */
  abstract get redacted(): string;

  /**
   * Returns the raw secret. Call it only where the value is sent to its owner (a request body, a key derivation),
   * never to build a message or a log line.
   */
  reveal(): string {
    return this.#value;
  }

  /**
   * Compares with another secret of the same kind, or with a raw string, in constant time.
   *
   * @returns `true` when both hold the same value; a secret of another kind is never equal.
   */
  equals(other: SecretValue | string): boolean {
    if (typeof other === 'string') return constantTimeEqual(this.#value, other);
    if (other.constructor !== this.constructor) return false;
    return constantTimeEqual(this.#value, other.reveal());
  }

  /** Returns the redacted form. */
  toString(): string {
    return this.redacted;
  }

  /** Returns the redacted form, so `JSON.stringify` never writes the raw value. */
  toJSON(): string {
    return this.redacted;
  }

  /** Returns the redacted form for Node's `util.inspect` and `console.log`. */
  [INSPECT](): string {
    return this.redacted;
  }
}
