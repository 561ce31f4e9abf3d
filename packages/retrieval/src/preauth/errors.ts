import { errorGuard, type Locale, type MessageParams, MhbError } from '@mhbkit/core';
import { type PreauthMessageCode, preauthMessage } from './messages.js';

/** Codes of {@link MhbGrantError}. */
export type GrantErrorCode = PreauthMessageCode;

/**
 * Raised when a pre-authorization cannot be used as given. The causes are invalid grant data or scope, a grant or
 * store of the other phase, an unknown grant id, a profile without a production operation, an invalid or unverified
 * protocol, an invalid schedule option, a production response without a ticket, and an unreadable grant store file.
 *
 * Outcomes that NHI decides (expired, revoked, scope not allowed, rate limited) are not errors, because
 * `requestFile` returns them.
 */
export class MhbGrantError extends MhbError {
  declare readonly code: GrantErrorCode;

  constructor(code: GrantErrorCode, locale: Locale | undefined, params: MessageParams, cause?: unknown) {
    super({ code, message: preauthMessage(code, locale, params), cause });
  }
}

/** Tells whether `value` is an {@link MhbGrantError}, from any package copy. */
export const isMhbGrantError = errorGuard<MhbGrantError>('MhbGrantError');
