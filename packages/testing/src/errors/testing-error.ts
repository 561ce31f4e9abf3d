import { DEFAULT_LOCALE, errorGuard, formatMessage, type Locale, type MessageParams, MhbError } from '@mhbkit/core';
import { TESTING_MESSAGES, type TestingMessageCode } from './messages.js';

/** Options of {@link MhbTestingError}. */
export interface MhbTestingErrorOptions {
  /** The stable code, one of the catalog codes. */
  readonly code: TestingMessageCode;
  /** Values for the message placeholders, never a secret or record contents. */
  readonly params?: MessageParams;
  /** The message language. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

/**
 * Raised by the generator for invalid options and by the sandbox for requests it must reject in-process, such as
 * issuing a ticket for a non-virtual person under a test-phase key. Sandbox HTTP clients never see it: the sandbox
 * returns NHI-style envelopes to them instead.
 */
export class MhbTestingError extends MhbError {
  /** The placeholder values of the message. */
  readonly params: MessageParams;

  constructor(options: MhbTestingErrorOptions) {
    const params = options.params ?? {};
    super({
      code: options.code,
      message: formatMessage(TESTING_MESSAGES, options.code, options.locale ?? DEFAULT_LOCALE, params),
    });
    this.params = params;
  }
}

/** Tells whether `value` is an {@link MhbTestingError}, also across package copies. */
export const isMhbTestingError = errorGuard<MhbTestingError>('MhbTestingError');
