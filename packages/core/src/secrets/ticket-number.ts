import { configError } from '../errors/config-error.js';
import type { Locale } from '../i18n/locale.js';
import { SecretValue } from './secret-value.js';

/**
 * The number of characters a redacted ticket number keeps visible at its end, enough to tell tickets apart in logs.
 */
export const TICKET_VISIBLE_SUFFIX_LENGTH = 4;

/** Tickets shorter than this show no characters at all, so the visible suffix never reveals most of a ticket. */
const MIN_LENGTH_TO_SHOW_SUFFIX = 12;

/**
 * A file ticket number (field `oTicketNum` in the observed protocol), the value that redeems one produced file.
 *
 * It is not the device storage key `File_Ticket_<timestamp>`. It prints as `TicketNumber(…1234)`: at most the last
 * {@link TICKET_VISIBLE_SUFFIX_LENGTH} characters, and none for tickets shorter than 12 characters.
 */
export class TicketNumber extends SecretValue {
  private constructor(value: string) {
    super(value);
  }

  /**
   * Wraps a raw ticket number. Surrounding whitespace is removed.
   *
   * @param locale - the language of the error message. @defaultValue `'zh-TW'`
   * @throws {@link MhbConfigError} `CONFIG_SECRET_EMPTY` when the value is empty or only whitespace.
   */
  static from(value: string | TicketNumber, locale?: Locale): TicketNumber {
    if (value instanceof TicketNumber) return value;

    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed === '') throw configError('CONFIG_SECRET_EMPTY', 'ticketNumber', locale);
    return new TicketNumber(trimmed);
  }

  get redacted(): string {
    const value = this.reveal();
    if (value.length < MIN_LENGTH_TO_SHOW_SUFFIX) return 'TicketNumber(<redacted>)';
    return `TicketNumber(…${value.slice(-TICKET_VISIBLE_SUFFIX_LENGTH)})`;
  }
}
