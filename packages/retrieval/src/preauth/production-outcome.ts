import type { TicketNumber } from '@mhbkit/core';
import type { RawCodes } from '../delivery/redeem/outcome.js';

/** The raw codes of a production response; `productionStatus` is the item's status field (`oStatus`). */
export interface ProductionRawCodes extends RawCodes {
  readonly productionStatus?: string;
}

/** NHI accepted the request and returned the ticket of the file it will produce. */
export interface RequestedOutcome {
  readonly status: 'requested';
  readonly ticket: TicketNumber;
  readonly raw: ProductionRawCodes;
}

/** The grant has ended, by its end time (checked locally) or as NHI reported. The grant is never used again. */
export interface GrantExpiredOutcome {
  readonly status: 'grant-expired';
  readonly raw: ProductionRawCodes;
}

/** The grant was revoked, by the user through the app or as NHI reported. The grant is never used again. */
export interface GrantRevokedOutcome {
  readonly status: 'grant-revoked';
  readonly raw: ProductionRawCodes;
}

/** The requested scope lies outside the grant (checked locally) or NHI refused it. The grant stays active. */
export interface ScopeNotAllowedOutcome {
  readonly status: 'scope-not-allowed';
  readonly raw: ProductionRawCodes;
}

/** Too many requests, or NHI is busy; ask again at `retryAt`. */
export interface ProductionRateLimitedOutcome {
  readonly status: 'rate-limited';
  readonly retryAt: Date;
  readonly raw: ProductionRawCodes;
}

/** NHI rejected the API key. */
export interface ProductionKeyRejectedOutcome {
  readonly status: 'key-rejected';
  readonly raw: ProductionRawCodes;
}

/** A response whose codes the protocol does not map. The grant stays active; `raw` keeps the codes. */
export interface ProductionUnknownOutcome {
  readonly status: 'unknown';
  readonly raw: ProductionRawCodes;
}

/** The result of `client.requestFile()`. */
export type ProductionOutcome =
  | RequestedOutcome
  | GrantExpiredOutcome
  | GrantRevokedOutcome
  | ScopeNotAllowedOutcome
  | ProductionRateLimitedOutcome
  | ProductionKeyRejectedOutcome
  | ProductionUnknownOutcome;

/** The status of a {@link ProductionOutcome}. */
export type ProductionStatus = ProductionOutcome['status'];
