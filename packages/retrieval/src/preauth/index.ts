export { checkGrantStore } from './check-grant-store.js';
export { type ClassifyProductionContext, classifyProduction, type ProductionResponse } from './classify-production.js';
export { type GrantErrorCode, isMhbGrantError, MhbGrantError } from './errors.js';
export { type Grant, type GrantInput, isGrantExpired, parseGrant } from './grant.js';
export { ALL_DATA_SCOPE, type GrantScope, isScopeWithin, MAX_SCOPE_ENTRIES, parseGrantScope } from './grant-scope.js';
export {
  type GrantRecord,
  type GrantState,
  type GrantStore,
  isFinalGrantState,
  type RevokedBy,
} from './grant-store.js';
export { GrantToken } from './grant-token.js';
export { MemoryGrantStore } from './memory-grant-store.js';
export { PREAUTH_MESSAGES, type PreauthMessageCode } from './messages.js';
export {
  createPreauthClient,
  type PreauthClient,
  type PreauthClientOptions,
  type RequestFileOptions,
} from './preauth-client.js';
export {
  definePreauthProtocol,
  type MonthFormat,
  OBSERVED_SDK_PRODUCTION_2019,
  type PreauthProtocol,
  type ProductionRequestFields,
  type ProductionReturnCodes,
} from './preauth-protocol.js';
export type {
  GrantExpiredOutcome,
  GrantRevokedOutcome,
  ProductionKeyRejectedOutcome,
  ProductionOutcome,
  ProductionRateLimitedOutcome,
  ProductionRawCodes,
  ProductionStatus,
  ProductionUnknownOutcome,
  RequestedOutcome,
  ScopeNotAllowedOutcome,
} from './production-outcome.js';
export {
  DEFAULT_MIN_USER_INTERVAL_MS,
  DEFAULT_PULL_CONCURRENCY,
  DEFAULT_PULL_JITTER,
  DEFAULT_PULL_RETRY_AFTER_MS,
  type PullClock,
  type PullDelivery,
  type PullEvent,
  type SchedulePullsOptions,
} from './pull-types.js';
export { schedulePulls } from './schedule-pulls.js';
