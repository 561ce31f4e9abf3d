import { configError } from '../errors/config-error.js';
import type { Locale } from '../i18n/locale.js';
import { SecretValue } from './secret-value.js';

/**
 * The API key NHI issues to an app, one per phase.
 *
 * It prints as `ApiKey(<redacted>)` everywhere (string conversion, JSON, `util.inspect`) and compares in constant
 * time. {@link SecretValue.reveal} returns the raw value for the transport and the zip password derivation.
 *
 * @example
 * ```ts
 * const apiKey = ApiKey.from(env.MHB_API_KEY);
 * console.log(`${apiKey}`); // ApiKey(<redacted>)
 * ```
 */
export class ApiKey extends SecretValue {
  private constructor(value: string) {
    super(value);
  }

  /**
   * Wraps a raw API key. Surrounding whitespace is removed, because keys pasted into environment files often carry
   * a trailing newline.
   *
   * @param locale - the language of the error message. @defaultValue `'zh-TW'`
   * @throws {@link MhbConfigError} `CONFIG_API_KEY_MISSING` when the value is empty or only whitespace.
   */
  static from(value: string | ApiKey, locale?: Locale): ApiKey {
    if (value instanceof ApiKey) return value;

    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed === '') throw configError('CONFIG_API_KEY_MISSING', 'apiKey', locale);
    return new ApiKey(trimmed);
  }

  get redacted(): string {
    return 'ApiKey(<redacted>)';
  }
}
