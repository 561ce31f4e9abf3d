/**
 * The brand that marks mhbkit errors. It is a registered symbol, so {@link isMhbError} recognizes errors thrown by
 * another copy of the package (two versions in one `node_modules`, or another realm).
 */
const MHB_ERROR_BRAND = Symbol.for('mhbkit.error');

/** Options every mhbkit error takes. */
export interface MhbErrorOptions {
  /** The stable, machine-readable error code, e.g. `CONFIG_INVALID_OPTION`. */
  readonly code: string;
  /** The localized, human-readable message. It must never contain a secret or health data. */
  readonly message: string;
  /** The underlying error. It is kept only when it contains no secret. */
  readonly cause?: unknown;
}

/**
 * The root of every error mhbkit throws.
 *
 * Branch on `code`, which is stable across releases and locales; the message is localized and may change wording.
 * Subclasses add the facts their failure needs (an HTTP status, a deadline, a position in a file).
 */
export class MhbError extends Error {
  /** The stable error code. */
  readonly code: string;

  constructor(options: MhbErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    Object.defineProperty(this, MHB_ERROR_BRAND, { value: true, enumerable: false });
  }

  /** The class name, e.g. `MhbApiError`, so that subclasses need not set it. */
  override get name(): string {
    return this.constructor.name;
  }

  /** Returns the fields that are safe to log or send across process boundaries. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/**
 * Tells whether `value` is an mhbkit error, including one thrown by another copy of the package.
 */
export function isMhbError(value: unknown): value is MhbError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MHB_ERROR_BRAND] === true;
}

/**
 * Builds a guard for one mhbkit error class that also works across package copies: it checks the brand and the
 * class name instead of `instanceof`.
 */
export function errorGuard<T extends MhbError>(name: string): (value: unknown) => value is T {
  return (value: unknown): value is T => isMhbError(value) && value.name === name;
}
