/**
 * The NHI phase a ticket, store or client belongs to: `test` is phase 1 (第一階段, virtual IDs), `production` is
 * phase 2 (第二階段). Each phase has its own API key, so data of one phase never mixes with the other.
 */
// TODO: import core's phase type once core exports it, so both packages share one definition.
export type DeliveryPhase = 'test' | 'production';
