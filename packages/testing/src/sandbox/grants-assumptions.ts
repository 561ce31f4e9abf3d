import type { ProductionReturnCodes } from '@mhbkit/retrieval';
import type { SandboxResponseRule } from './assumptions.js';

/**
 * The sandbox's responses to production requests under pre-authorizations. NHI has published nothing about them, so
 * every entry is this sandbox's assumption; the return codes are ones the 2019 SDK build does not define. Change
 * them to rehearse a client against another reading, and give the client the matching codes through
 * {@link sandboxGrantReturnCodes}.
 */
export interface SandboxGrantAssumptions {
  /** A request under a grant whose end time has passed. Assumed: `RtnCode` `G006`. */
  readonly grantExpired: SandboxResponseRule;
  /** A request under a revoked grant. Assumed: `RtnCode` `G007`. */
  readonly grantRevoked: SandboxResponseRule;
  /** A token the sandbox never issued, or one issued to another app. Assumed: the same response as a revoked grant. */
  readonly unknownGrant: SandboxResponseRule;
  /** A request for categories or months outside the grant. Assumed: `RtnCode` `G008`. */
  readonly scopeNotAllowed: SandboxResponseRule;
  /** A request sooner than `minRequestIntervalMs` after the previous one under the same grant. Assumed: HTTP 429. */
  readonly tooManyRequests: SandboxResponseRule;
  /** Minimum time between two production requests under one grant, in ms. Assumed: `0`, no limit. */
  readonly minRequestIntervalMs: number;
  /** The production status (`oStatus`) sent with a ticket. Assumed: `"1"`; the 2019 build's values were not traced. */
  readonly requestedStatus: string;
}

/** The default grant assumptions of the sandbox. */
export const DEFAULT_SANDBOX_GRANT_ASSUMPTIONS: SandboxGrantAssumptions = Object.freeze({
  grantExpired: Object.freeze({ returnCode: 'G006' }),
  grantRevoked: Object.freeze({ returnCode: 'G007' }),
  unknownGrant: Object.freeze({ returnCode: 'G007' }),
  scopeNotAllowed: Object.freeze({ returnCode: 'G008' }),
  tooManyRequests: Object.freeze({ httpStatus: 429, retryAfter: true }),
  minRequestIntervalMs: 0,
  requestedStatus: '1',
});

/**
 * Returns the production return codes a client needs to read the sandbox's grant responses, merged over `base` (the
 * client protocol's own codes, e.g. `G003` and `G099`).
 *
 * @example
 * ```ts
 * const protocol = { ...OBSERVED_SDK_PRODUCTION_2019, returnCodes: sandboxGrantReturnCodes(sandbox.grantAssumptions) };
 * ```
 */
export function sandboxGrantReturnCodes(
  assumptions: SandboxGrantAssumptions = DEFAULT_SANDBOX_GRANT_ASSUMPTIONS,
  base: ProductionReturnCodes = {
    grantExpired: [],
    grantRevoked: [],
    scopeNotAllowed: [],
    rateLimited: ['G099'],
    keyRejected: ['G003'],
  },
): ProductionReturnCodes {
  const codes = (rule: SandboxResponseRule, list: readonly string[]) =>
    rule.returnCode === undefined || list.includes(rule.returnCode) ? list : [...list, rule.returnCode];

  return {
    ...base,
    grantExpired: codes(assumptions.grantExpired, base.grantExpired),
    grantRevoked: codes(assumptions.unknownGrant, codes(assumptions.grantRevoked, base.grantRevoked)),
    scopeNotAllowed: codes(assumptions.scopeNotAllowed, base.scopeNotAllowed),
    rateLimited: codes(assumptions.tooManyRequests, base.rateLimited),
  };
}
