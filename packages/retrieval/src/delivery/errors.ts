import { DEFAULT_LOCALE, errorGuard, type Locale, type MessageParams, MhbError } from '@mhbkit/core';
import { deliveryMessage } from './messages.js';

/** Shown in place of the phase when the caller opened the zip without a client, so its phase is not known. */
const UNKNOWN_PHASE: Record<Locale, string> = { 'zh-TW': '未指定', en: 'not given' };

/** The zip encryption found on the chosen entry. */
export type ZipEncryption = 'zipcrypto' | 'aes' | 'none';

/** Codes of {@link MhbZipError}. */
export type ZipErrorCode =
  | 'ZIP_CORRUPT'
  | 'ZIP_EMPTY'
  | 'ZIP_AMBIGUOUS'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_TOO_LARGE'
  | 'ZIP_ENTRY_TOO_LARGE'
  | 'ZIP_RATIO_EXCEEDED'
  | 'ZIP_UNSUPPORTED';

/**
 * Raised when a delivered zip cannot be opened: it is corrupt, contains no or several My Health Bank files, uses an
 * unsupported format, or breaks one of the size limits that guard against zip bombs.
 */
export class MhbZipError extends MhbError {
  declare readonly code: ZipErrorCode | 'ZIP_WRONG_PASSWORD';

  constructor(
    code: ZipErrorCode | 'ZIP_WRONG_PASSWORD',
    locale: Locale | undefined,
    params: MessageParams,
    cause?: unknown,
  ) {
    super({ code, message: deliveryMessage(code, locale, params), cause });
  }
}

/**
 * Raised when the password derived from the API key and the serverKey does not decrypt the zip. The usual causes
 * are an API key of the other phase, a serverKey of another file, or the wrong password scheme.
 */
export class MhbDecryptError extends MhbZipError {
  /** The encryption found on the entry that failed. */
  readonly encryption: ZipEncryption;

  constructor(options: {
    entry: string;
    encryption: ZipEncryption;
    phase?: string | undefined;
    locale?: Locale | undefined;
    cause?: unknown;
  }) {
    const phase = options.phase ?? UNKNOWN_PHASE[options.locale ?? DEFAULT_LOCALE];
    super('ZIP_WRONG_PASSWORD', options.locale, { entry: options.entry, phase }, options.cause);
    this.encryption = options.encryption;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), encryption: this.encryption };
  }
}

/** Codes of {@link MhbDeliveryError}. */
export type DeliveryErrorCode =
  | 'DELIVERY_PHASE_MISMATCH'
  | 'DELIVERY_TOO_LARGE'
  | 'DELIVERY_RESPONSE_INVALID'
  | 'DELIVERY_SERVER_KEY_INVALID'
  | 'DELIVERY_INPUT_INVALID';

/**
 * Raised when a delivery cannot proceed: a phase mismatch between client and ticket or store, a file over the size
 * limit, a malformed download response, or invalid input to a receiver.
 */
export class MhbDeliveryError extends MhbError {
  declare readonly code: DeliveryErrorCode;

  constructor(code: DeliveryErrorCode, locale: Locale | undefined, params: MessageParams, cause?: unknown) {
    super({ code, message: deliveryMessage(code, locale, params), cause });
  }
}

/** Tells whether `value` is an {@link MhbZipError}, including {@link MhbDecryptError}, from any package copy. */
export function isMhbZipError(value: unknown): value is MhbZipError {
  return isZipErrorByName(value) || isMhbDecryptError(value);
}

const isZipErrorByName = errorGuard<MhbZipError>('MhbZipError');

/** Tells whether `value` is an {@link MhbDecryptError}, from any package copy. */
export const isMhbDecryptError = errorGuard<MhbDecryptError>('MhbDecryptError');

/** Tells whether `value` is an {@link MhbDeliveryError}, from any package copy. */
export const isMhbDeliveryError = errorGuard<MhbDeliveryError>('MhbDeliveryError');
