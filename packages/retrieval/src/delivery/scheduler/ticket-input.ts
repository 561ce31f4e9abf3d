import { type Locale, TicketNumber } from '@mhbkit/core';
import { MhbDeliveryError } from '../errors.js';
import type { DeliveryPhase } from '../phase.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { TicketInput } from './delivery-types.js';

/** @internal A ticket input with its number wrapped and its phase checked. */
export interface NormalizedTicket {
  readonly ticket: TicketNumber;
  readonly issuedAt: number | undefined;
}

/**
 * @internal Wraps a ticket input and rejects a ticket of another phase.
 * @throws {@link MhbDeliveryError} `DELIVERY_PHASE_MISMATCH`
 */
export function normalizeTicket(
  input: TicketInput,
  phase: DeliveryPhase,
  locale: Locale | undefined,
): NormalizedTicket {
  if (typeof input === 'string' || input instanceof TicketNumber) {
    return { ticket: TicketNumber.from(input, locale), issuedAt: undefined };
  }

  const ticket = TicketNumber.from(input.ticket, locale);
  if (input.phase !== undefined && input.phase !== phase) {
    throw phaseMismatch(
      phase,
      input.phase,
      locale === 'en' ? `ticket ${ticket.redacted}` : `票證 ${ticket.redacted} `,
      locale,
    );
  }
  const issuedAt = input.issuedAt instanceof Date ? input.issuedAt.getTime() : input.issuedAt;
  return { ticket, issuedAt };
}

/**
 * @internal Rejects a store of another phase.
 * @throws {@link MhbDeliveryError} `DELIVERY_PHASE_MISMATCH`
 */
export function checkStorePhase(store: TicketStore, phase: DeliveryPhase, locale: Locale | undefined): void {
  if (store.phase !== phase)
    throw phaseMismatch(phase, store.phase, locale === 'en' ? 'ticket store' : '票證儲存區', locale);
}

/** @internal Builds the phase mismatch error. */
export function phaseMismatch(
  clientPhase: DeliveryPhase,
  otherPhase: string,
  subject: string,
  locale: Locale | undefined,
): MhbDeliveryError {
  return new MhbDeliveryError('DELIVERY_PHASE_MISMATCH', locale, { clientPhase, otherPhase, subject });
}
