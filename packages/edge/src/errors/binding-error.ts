import { errorGuard, MhbError } from '@mhbkit/core';
import type { EdgeMessageCode } from '../messages.js';

/** Options for {@link MhbBindingError}. */
export interface MhbBindingErrorOptions {
  /** The stable error code. */
  readonly code: EdgeMessageCode;
  /** The localized message. */
  readonly message: string;
  /** The name of the binding that failed, e.g. `MHB_PHASE`. */
  readonly binding: string;
}

/**
 * Raised by `createClient` when a binding is missing, is not text, or contains an invalid value, and no explicit option
 * replaces it. The error names the binding but never carries its value.
 */
export class MhbBindingError extends MhbError {
  /** The name of the binding that failed, e.g. `MHB_PHASE`. */
  readonly binding: string;

  constructor(options: MhbBindingErrorOptions) {
    super({ code: options.code, message: options.message });
    this.binding = options.binding;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), binding: this.binding };
  }
}

/** Tells whether `value` is a {@link MhbBindingError}, including one thrown by another copy of the package. */
export const isMhbBindingError = errorGuard<MhbBindingError>('MhbBindingError');
