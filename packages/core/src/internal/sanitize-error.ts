import { redact } from '../secrets/redact.js';
import type { SecretValue } from '../secrets/secret-value.js';

/** Cause chains are copied to this depth; deeper causes are dropped. */
const MAX_CAUSE_DEPTH = 3;

/**
 * Copies an error into a plain `Error` with the same name, a redacted message and a copied cause chain, and drops
 * every other property. A fetch failure can carry the request URL or body in its message or properties, and those
 * can contain the API key.
 */
export function sanitizeError(error: unknown, secrets: readonly (SecretValue | string)[], depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const cause =
    depth < MAX_CAUSE_DEPTH && source.cause !== undefined ? sanitizeError(source.cause, secrets, depth + 1) : undefined;

  const copy = new Error(redact(source.message, secrets), cause === undefined ? undefined : { cause });
  copy.name = source.name;
  copy.stack = `${copy.name}: ${copy.message}`;

  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)) Object.assign(copy, { code });
  return copy;
}
