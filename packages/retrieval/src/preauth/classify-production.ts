import { type Locale, type ResponseFieldNames, TicketNumber } from '@mhbkit/core';
import { MhbGrantError } from './errors.js';
import type { PreauthProtocol } from './preauth-protocol.js';
import type { ProductionOutcome, ProductionRawCodes } from './production-outcome.js';

/** The envelope return code of success in the observed protocol. */
const SUCCESS = 'G000';

/** A production response as the transport returned it. */
export interface ProductionResponse {
  readonly httpStatus: number;
  readonly body: unknown;
  /** The wait the server asked for (`Retry-After`), in ms, when it sent one. */
  readonly retryAfterMs?: number | undefined;
}

/** The settings for classifying a production response. */
export interface ClassifyProductionContext {
  readonly fields: ResponseFieldNames;
  readonly protocol: PreauthProtocol;
  readonly grantId: string;
  /** The current time in ms since the epoch. */
  readonly now: number;
  readonly locale?: Locale | undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * Maps a production response to an outcome through the protocol's code lists. HTTP 429 is `rate-limited`; a code in
 * no list is `unknown` with the raw codes.
 *
 * The ticket is read from the first response item and, when the item has none, from the envelope itself.
 *
 * @throws {@link MhbGrantError} `PREAUTH_RESPONSE_INVALID` for a success code without a ticket number.
 */
export function classifyProduction(
  response: ProductionResponse,
  context: ClassifyProductionContext,
): ProductionOutcome {
  const { fields, protocol } = context;
  const envelope = asRecord(response.body);
  const items = envelope?.[fields.items];
  const item = Array.isArray(items) ? asRecord(items[0]) : undefined;

  const returnCode = text(envelope?.[fields.returnCode]);
  const message = text(envelope?.[fields.message]);
  const productionStatus = text(item?.[protocol.statusField]);
  const raw: ProductionRawCodes = {
    source: 'server',
    httpStatus: response.httpStatus,
    ...(returnCode === undefined ? {} : { returnCode }),
    ...(message === undefined ? {} : { message }),
    ...(productionStatus === undefined ? {} : { productionStatus }),
  };
  const codes = protocol.returnCodes;
  const has = (list: readonly string[]) => returnCode !== undefined && list.includes(returnCode);

  if (response.httpStatus === 429 || has(codes.rateLimited)) {
    const waitMs = response.retryAfterMs ?? protocol.rateLimitedRetryAfterMs;
    return { status: 'rate-limited', retryAt: new Date(context.now + waitMs), raw };
  }
  if (has(codes.grantExpired)) return { status: 'grant-expired', raw };
  if (has(codes.grantRevoked)) return { status: 'grant-revoked', raw };
  if (has(codes.scopeNotAllowed)) return { status: 'scope-not-allowed', raw };
  if (has(codes.keyRejected)) return { status: 'key-rejected', raw };
  if (returnCode !== SUCCESS || response.httpStatus < 200 || response.httpStatus > 299)
    return { status: 'unknown', raw };

  const ticket = text(item?.[fields.ticketNumber]) ?? text(envelope?.[fields.ticketNumber]);
  if (ticket === undefined || ticket.trim() === '') {
    throw new MhbGrantError('PREAUTH_RESPONSE_INVALID', context.locale, {
      grantId: context.grantId,
      field: fields.ticketNumber,
    });
  }
  return { status: 'requested', ticket: TicketNumber.from(ticket, context.locale), raw };
}
