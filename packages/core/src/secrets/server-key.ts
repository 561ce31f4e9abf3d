import { configError } from '../errors/config-error.js';
import type { Locale } from '../i18n/locale.js';
import { SecretValue } from './secret-value.js';

/**
 * The per-file `serverKey` NHI returns with a zip (field `oSevKey` in the observed protocol). It is the salt of the
 * zip password, so it is redacted like the API key: it prints as `ServerKey(<redacted>)`.
 */
export class ServerKey extends SecretValue {
  private constructor(value: string) {
    super(value);
  }

  /**
   * Wraps a raw server key. The value is kept as given, because its bytes are the salt of the zip password.
   *
   * @param locale - the language of the error message. @defaultValue `'zh-TW'`
   * @throws {@link MhbConfigError} `CONFIG_SECRET_EMPTY` when the value is empty.
   */
  static from(value: string | ServerKey, locale?: Locale): ServerKey {
    if (value instanceof ServerKey) return value;
    if (typeof value !== 'string' || value === '') throw configError('CONFIG_SECRET_EMPTY', 'serverKey', locale);
    return new ServerKey(value);
  }

  get redacted(): string {
    return 'ServerKey(<redacted>)';
  }
}
