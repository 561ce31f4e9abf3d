import type { Locale } from '@mhbkit/core';
import type { EdgeBindingName, EdgeBindings } from '../bindings.js';
import { MhbBindingError } from '../errors/binding-error.js';
import { edgeMessage } from '../messages.js';

/**
 * Reads one binding as trimmed text.
 *
 * @returns the trimmed value, or `undefined` when the binding is unset, `null` or blank.
 * @throws {@link MhbBindingError} `EDGE_BINDING_NOT_TEXT` when the binding contains something other than a string,
 * e.g. a KV namespace bound under an mhbkit name.
 */
export function readBinding(bindings: EdgeBindings, name: EdgeBindingName, locale: Locale): string | undefined {
  // Cloudflare `vars` may be JSON values and `env` contains service objects, so the declared type is not trusted.
  const value: unknown = bindings[name];
  if (value === undefined || value === null) return undefined;

  if (typeof value !== 'string') {
    const type = Array.isArray(value) ? 'array' : typeof value;
    throw new MhbBindingError({
      code: 'EDGE_BINDING_NOT_TEXT',
      message: edgeMessage('EDGE_BINDING_NOT_TEXT', locale, { binding: name, type }),
      binding: name,
    });
  }

  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
