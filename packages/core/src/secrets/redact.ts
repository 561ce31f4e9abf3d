import { SecretValue } from './secret-value.js';

/** The text that replaces a raw string given to {@link redact} without a redacted form of its own. */
export const REDACTED = '<redacted>';

/** Secrets shorter than this are not searched for, because replacing them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces every occurrence of each secret in `text` with its redacted form.
 *
 * Besides the raw value it also replaces the JSON-escaped form, and the percent-encoded and form-encoded forms of
 * both, because a request body can carry the secret JSON-escaped inside a form field. A {@link SecretValue} becomes its own redacted form; a plain string becomes `<redacted>`.
 * Secrets shorter than 4 characters are ignored.
 *
 * @example
 * ```ts
 * redact(`failed for ${apiKey.reveal()}`, [apiKey]); // 'failed for ApiKey(<redacted>)'
 * ```
 */
export function redact(text: string, secrets: Iterable<SecretValue | string | undefined>): string {
  const replacements = new Map<string, string>();

  for (const secret of secrets) {
    if (secret === undefined) continue;

    const raw = secret instanceof SecretValue ? secret.reveal() : secret;
    const replacement = secret instanceof SecretValue ? secret.redacted : REDACTED;
    if (raw.length < MIN_SECRET_LENGTH) continue;

    for (const form of encodedForms(raw)) replacements.set(form, replacement);
  }

  // Replace the longest forms first, so a secret that contains another is replaced whole.
  const forms = [...replacements.keys()].sort((a, b) => b.length - a.length);
  let result = text;
  for (const form of forms) {
    result = result.split(form).join(replacements.get(form));
  }
  return result;
}

/** Returns the forms a secret takes when sent: raw, JSON-escaped, and each of them percent- and form-encoded. */
function encodedForms(raw: string): string[] {
  const forms: string[] = [];
  for (const base of [raw, JSON.stringify(raw).slice(1, -1)]) {
    forms.push(base, new URLSearchParams({ v: base }).toString().slice(2));
    // encodeURIComponent throws a URIError on a lone surrogate, which a URL can never carry anyway.
    try {
      forms.push(encodeURIComponent(base));
    } catch {}
  }
  return forms;
}
