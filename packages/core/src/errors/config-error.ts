import type { MessageParams } from '../i18n/catalog.js';
import { type CoreMessageCode, coreMessage } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { errorGuard, MhbError } from './mhb-error.js';

/** Options of {@link MhbConfigError}. */
export interface MhbConfigErrorOptions {
  /** The stable error code, e.g. `CONFIG_PHASE_INVALID`. */
  readonly code: string;
  /** The localized message, which names the option and the fix. */
  readonly message: string;
  /** The option that is invalid, missing or in conflict, as a dotted path (`timeouts.totalMs`). */
  readonly option: string;
}

/**
 * Raised when client options, an endpoint profile or a secret value are invalid, missing or in conflict. It is thrown
 * synchronously while a client or profile is built, before any request is sent.
 */
export class MhbConfigError extends MhbError {
  /** The option at fault, as a dotted path such as `profile.operations.download.path`. */
  readonly option: string;

  constructor(options: MhbConfigErrorOptions) {
    super({ code: options.code, message: options.message });
    this.option = options.option;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option };
  }
}

/** Tells whether `value` is an {@link MhbConfigError}, including one from another copy of the package. */
export const isMhbConfigError = errorGuard<MhbConfigError>('MhbConfigError');

/** Builds an {@link MhbConfigError} from a core catalog code. */
export function configError(
  code: CoreMessageCode,
  option: string,
  locale: Locale | undefined,
  params: MessageParams = {},
): MhbConfigError {
  return new MhbConfigError({ code, option, message: coreMessage(code, locale, { option, ...params }) });
}
