import { type Locale, SecretValue } from '@mhbkit/core';
import { MhbGrantError } from './errors.js';

/**
 * The opaque token of a pre-authorization (預先授權), as the app receives it from the NHI SDK and hands it to its
 * back-end. It is a credential for one user's health data, so it prints only as `GrantToken(<redacted>)`.
 */
export class GrantToken extends SecretValue {
  private constructor(value: string) {
    super(value);
  }

  /**
   * Wraps a raw grant token. Surrounding whitespace is removed.
   *
   * @param locale - the language of the error message. @defaultValue `'zh-TW'`
   * @throws {@link MhbGrantError} `GRANT_INVALID` when the value is empty or only whitespace.
   */
  static from(value: string | GrantToken, locale?: Locale): GrantToken {
    if (value instanceof GrantToken) return value;

    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed === '') throw new MhbGrantError('GRANT_INVALID', locale, { field: 'token', issue: 'empty' });
    return new GrantToken(trimmed);
  }

  get redacted(): string {
    return 'GrantToken(<redacted>)';
  }
}
