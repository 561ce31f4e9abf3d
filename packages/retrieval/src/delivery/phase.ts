import type { Phase } from '@mhbkit/core';

/**
 * The NHI phase a ticket, store or client belongs to: core's `Phase`, where `test` is phase 1 (第一階段, virtual
 * IDs) and `production` is phase 2 (第二階段). Each phase has its own API key, so data of one phase never mixes
 * with the other.
 */
export type DeliveryPhase = Phase;
