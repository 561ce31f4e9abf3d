import { errorGuard, type Locale, type MessageParams, MhbError } from '@mhbkit/core';
import { type NodeErrorCode, nodeMessage } from './messages.js';

/**
 * Raised by the node package's file helpers, file-backed ticket store and environment reading: a file is missing
 * or unreadable, a write failed (the previous file stays intact), a state file is corrupt or of the other phase, or
 * an environment variable is invalid.
 */
export class MhbNodeError extends MhbError {
  declare readonly code: NodeErrorCode;
  /** The file the error is about, when there is one. */
  readonly path: string | undefined;

  constructor(code: NodeErrorCode, locale: Locale | undefined, params: MessageParams = {}, cause?: unknown) {
    super({ code, message: nodeMessage(code, locale, params), cause });
    this.path = typeof params['path'] === 'string' ? params['path'] : undefined;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), path: this.path };
  }
}

/** Tells whether `value` is an {@link MhbNodeError}, including one thrown by another copy of the package. */
export const isMhbNodeError: (value: unknown) => value is MhbNodeError = errorGuard<MhbNodeError>('MhbNodeError');

/** Returns the short system error code (`ENOENT`, `EACCES`) or message of a file system error, for messages. */
export function describeFsError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
