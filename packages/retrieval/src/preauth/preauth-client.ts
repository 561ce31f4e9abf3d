import { type ClientOptions, createTransport, type Locale, type Logger, resolveClientConfig } from '@mhbkit/core';
import {
  createRetrievalClient,
  type RetrievalClient,
  type RetrievalClientOptions,
} from '../delivery/client/retrieval-client.js';
import { MhbGrantError } from './errors.js';
import { type Grant, parseGrant } from './grant.js';
import { addGrant, checkGrantPhase, revokeGrant } from './grant-records.js';
import type { GrantScope } from './grant-scope.js';
import type { GrantRecord, GrantStore, RevokedBy } from './grant-store.js';
import { MemoryGrantStore } from './memory-grant-store.js';
import { definePreauthProtocol, OBSERVED_SDK_PRODUCTION_2019, type PreauthProtocol } from './preauth-protocol.js';
import type { ProductionOutcome } from './production-outcome.js';
import { requestFile } from './request-file.js';

/** Options of {@link createPreauthClient}: the retrieval client's options plus the grant settings. */
export interface PreauthClientOptions extends RetrievalClientOptions {
  /** The grant store, which must belong to the client's phase. @defaultValue a new {@link MemoryGrantStore} */
  readonly grants?: GrantStore;
  /**
   * The production request format, validated with {@link definePreauthProtocol}.
   * @defaultValue {@link OBSERVED_SDK_PRODUCTION_2019}, unverified
   */
  readonly protocol?: PreauthProtocol;
  /**
   * Accepts a protocol whose `verified` is `false`, such as the default preset. Without it the client refuses to be
   * built, because an unverified production request may not be what NHI expects from a back-end.
   * @defaultValue `false`
   */
  readonly allowUnverifiedProtocol?: boolean;
  /** The clock for grant expiry and request times, in ms since the epoch. @defaultValue `Date.now` */
  readonly now?: () => number;
}

/** Options of one production request. */
export interface RequestFileOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** The grant store to read and update instead of the client's, e.g. one `schedulePulls` was given. */
  readonly grants?: GrantStore;
  /** The clock for this request instead of the client's, e.g. the clock `schedulePulls` runs on. */
  readonly now?: () => number;
}

/** A retrieval client that also requests files under pre-authorizations (預先授權). */
export interface PreauthClient extends RetrievalClient {
  /** The client's grant store. */
  readonly grants: GrantStore;
  /** The production protocol in force. */
  readonly protocol: PreauthProtocol;
  /** The client's clock, in ms since the epoch. */
  readonly now: () => number;
  /** The language of the client's error messages. */
  readonly locale: Locale;
  /** The client's logger, which redacts the API key and other known secrets. */
  readonly logger: Logger;
  /**
   * Validates grant data from the app (or takes a parsed {@link Grant}) and stores it. Adding a revoked or expired
   * grant again with the same token keeps it revoked or expired.
   *
   * @throws {@link MhbGrantError} `GRANT_INVALID` for invalid data, `GRANT_PHASE_MISMATCH` for a grant of the other phase.
   */
  addGrant(grant: Grant | unknown): Promise<GrantRecord>;
  /**
   * Records that a grant was revoked, e.g. when the user withdrew it in the app. No file is requested under it again;
   * tickets already requested are still delivered.
   *
   * @throws {@link MhbGrantError} `GRANT_NOT_FOUND` when the store has no such grant.
   */
  revokeGrant(grantId: string, by?: RevokedBy): Promise<GrantRecord>;
  /**
   * Asks NHI to produce the file of a grant (or a narrower `scope`) through the profile's production operation. A
   * `requested` outcome carries the ticket, which is already in the ticket store, so `deliveries()` picks it up.
   * Revoked, expired and out-of-scope requests return their outcome without sending anything.
   *
   * @throws {@link MhbGrantError} `GRANT_NOT_FOUND` for an unknown grant id, `GRANT_PHASE_MISMATCH`,
   *   `GRANT_SCOPE_INVALID`, `PREAUTH_OPERATION_MISSING`, or `PREAUTH_RESPONSE_INVALID`; and the transport's errors.
   */
  requestFile(grant: Grant | string, scope?: GrantScope, options?: RequestFileOptions): Promise<ProductionOutcome>;
}

/** Option names of the retrieval client that core's client configuration does not know. */
const RETRIEVAL_OPTIONS = ['store', 'policy', 'parse', 'zipLimits', 'passwordScheme', 'keepZip'] as const;

/**
 * Creates a retrieval client that can also request files under pre-authorizations. It wraps
 * `createRetrievalClient` and adds a transport of its own for the production operation.
 *
 * Point it at NHI only once NHI publishes the pre-authorization protocol: the default protocol is unverified and
 * needs `allowUnverifiedProtocol: true`, which is meant for the local sandbox.
 *
 * @throws `MhbConfigError` for invalid client options, {@link MhbGrantError} `GRANT_PHASE_MISMATCH` when
 *   `grants` belongs to the other phase, `PREAUTH_PROTOCOL_INVALID` for an invalid protocol, and
 *   `PREAUTH_PROTOCOL_UNVERIFIED` for an unverified protocol without `allowUnverifiedProtocol: true`.
 *
 * @example
 * ```ts
 * const client = createPreauthClient({ apiKey, phase: 'test', profile, protocol, grants: new MemoryGrantStore('test') });
 * await client.addGrant(grantFromApp);
 * const outcome = await client.requestFile(grantFromApp.id);
 * if (outcome.status === 'requested') {
 *   for await (const delivery of client.deliveries({ tickets: [outcome.ticket] })) await save(delivery.file);
 * }
 * ```
 */
export function createPreauthClient(options: PreauthClientOptions): PreauthClient {
  const {
    grants: grantOption,
    protocol: protocolOption,
    allowUnverifiedProtocol,
    now: nowOption,
    ...retrievalOptions
  } = options;
  const coreOptions: Record<string, unknown> = { ...retrievalOptions };
  for (const name of RETRIEVAL_OPTIONS) delete coreOptions[name];

  const config = resolveClientConfig(coreOptions as unknown as ClientOptions);
  const { phase, locale, logger } = config;
  const protocol = definePreauthProtocol(protocolOption ?? OBSERVED_SDK_PRODUCTION_2019, locale);
  if (!protocol.verified && allowUnverifiedProtocol !== true) {
    throw new MhbGrantError('PREAUTH_PROTOCOL_UNVERIFIED', locale, { protocol: protocol.id });
  }
  if (!protocol.verified) logger.warn('unverified pre-authorization protocol', { protocol: protocol.id });
  const grants = grantOption ?? new MemoryGrantStore(phase);
  checkGrantPhase(phase, grants.phase, { en: 'grant store', zhTW: '授權儲存區' }, locale);

  const client = createRetrievalClient(retrievalOptions);
  const transport = createTransport(config);
  const now = nowOption ?? Date.now;
  const context = { transport, protocol, phase, grants, tickets: client.store, now, logger, locale };

  return {
    ...client,
    grants,
    protocol,
    now,
    locale,
    logger,
    addGrant: (grant) => addGrant(grants, parseGrant(grant, locale), now(), locale),
    revokeGrant: async (grantId, by = 'user') => {
      const record = await revokeGrant(grants, grantId, by, now(), locale);
      logger.info('grant revoked', { grantId, by });
      return record;
    },
    requestFile: (grant, scope, callOptions = {}) =>
      requestFile(
        { ...context, grants: callOptions.grants ?? grants, now: callOptions.now ?? now },
        grant,
        scope,
        callOptions.signal,
      ),
  };
}
