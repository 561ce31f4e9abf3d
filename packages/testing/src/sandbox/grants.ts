import {
  ALL_DATA_SCOPE,
  type GrantScope,
  MhbGrantError,
  OBSERVED_SDK_PRODUCTION_2019,
  type PreauthProtocol,
  parseGrantScope,
} from '@mhbkit/retrieval';
import { MhbTestingError } from '../errors/testing-error.js';
import type { GeneratorOptions } from '../generator/options.js';
import { findApp, isVirtualPerson, lastFour, type SandboxPhase } from './apps.js';
import type { Sandbox } from './create-sandbox.js';
import { DEFAULT_SANDBOX_GRANT_ASSUMPTIONS, type SandboxGrantAssumptions } from './grants-assumptions.js';
import { requestProduction, type SandboxGrantState } from './grants-route.js';

/** Default lifetime of a sandbox grant: 180 days. NHI's real grant lifetime is unknown. */
export const DEFAULT_SANDBOX_GRANT_LIFETIME_MS = 180 * 24 * 60 * 60 * 1000;

/** Options of {@link withGrants}. */
export interface SandboxGrantOptions {
  /**
   * The production protocol the sandbox reads; give the client the same one.
   * @defaultValue `OBSERVED_SDK_PRODUCTION_2019` from `@mhbkit/retrieval`
   */
  readonly protocol?: PreauthProtocol;
  /** Overrides of the grant assumptions. @defaultValue {@link DEFAULT_SANDBOX_GRANT_ASSUMPTIONS} */
  readonly assumptions?: Partial<SandboxGrantAssumptions>;
}

/** Options of `sandbox.issueGrant`. */
export interface IssueGrantOptions {
  /** The person whose files the grant covers. @defaultValue a virtual person, `Z1` + four digits + `****` */
  readonly person?: { readonly maskedId: string };
  /** The app's own id of the user. @defaultValue `user-` + the grant number */
  readonly userId?: string;
  /** The categories and months the grant covers. @defaultValue every category and month */
  readonly scope?: GrantScope;
  /** When the grant ends. @defaultValue the sandbox time plus {@link DEFAULT_SANDBOX_GRANT_LIFETIME_MS} */
  readonly expiresAt?: Date | number;
  /** The app the grant is given to. @defaultValue the sandbox's test-phase key */
  readonly apiKey?: string;
  /** Generator options of the files produced under the grant. */
  readonly file?: GeneratorOptions;
  /** Time from a production request until its file is produced, in ms. @defaultValue the sandbox's `readyAfterMs` */
  readonly readyAfterMs?: number;
}

/** A grant as the sandbox hands it to the app: the data a back-end passes to `parseGrant`. */
export interface IssuedGrant {
  readonly id: string;
  readonly userId: string;
  /** The grant token, a sandbox value that works only against this sandbox. */
  readonly token: string;
  readonly phase: SandboxPhase;
  readonly scope: GrantScope;
  /** ISO 8601. */
  readonly grantedAt: string;
  /** ISO 8601. */
  readonly expiresAt: string;
  /** The person the grant covers; not part of what an app receives, for checking results in tests. */
  readonly maskedId: string;
}

/** The grant operations a sandbox gains from {@link withGrants}. */
export interface SandboxGrants {
  /** The grant assumptions in force, defaults merged with the overrides. */
  readonly grantAssumptions: SandboxGrantAssumptions;
  /** The production protocol the sandbox reads. */
  readonly grantProtocol: PreauthProtocol;
  /**
   * Issues a grant for a person, as if the user had consented in the SDK's screens.
   * @throws {@link MhbTestingError} `SANDBOX_NON_VIRTUAL_PERSON` for a non-virtual person under a test-phase key,
   *   `SANDBOX_UNKNOWN_API_KEY` for an unregistered key; `MhbGrantError` `GRANT_SCOPE_INVALID` for a bad scope.
   */
  issueGrant(options?: IssueGrantOptions): IssuedGrant;
  /**
   * Revokes a grant, as if the user had withdrawn it; later production requests under it are refused.
   * @throws `MhbGrantError` `GRANT_NOT_FOUND` for a grant id the sandbox never issued.
   */
  revokeGrant(grantId: string): void;
  /** Returns the tickets issued under a grant, oldest first. */
  grantTickets(grantId: string): readonly string[];
}

/**
 * Adds pre-authorization (預先授權) to a sandbox: `issueGrant`, `revokeGrant`, and a route for the profile's
 * production operation that honours each grant's scope, expiry and revocation with the codes in
 * {@link SandboxGrantAssumptions}. Files requested under a grant are served by the sandbox's download route.
 *
 * @throws `MhbGrantError` `PREAUTH_OPERATION_MISSING` when the sandbox's profile has no production operation.
 * @example
 * ```ts
 * const sandbox = withGrants(await startSandbox());
 * const grant = sandbox.issueGrant({ scope: { categories: 'all', months: ['2026-01'] } });
 * // the app hands `grant` to the back-end, which calls client.addGrant(grant) and client.requestFile(grant.id)
 * ```
 */
export function withGrants<S extends Sandbox>(sandbox: S, options: SandboxGrantOptions = {}): S & SandboxGrants {
  const protocol = options.protocol ?? OBSERVED_SDK_PRODUCTION_2019;
  const assumptions = { ...DEFAULT_SANDBOX_GRANT_ASSUMPTIONS, ...options.assumptions };
  if (sandbox.profile.operations[protocol.operation] === undefined) {
    throw new MhbGrantError('PREAUTH_OPERATION_MISSING', 'en', {
      profile: sandbox.profile.id,
      operation: protocol.operation,
    });
  }

  const byToken = new Map<string, SandboxGrantState>();
  const byId = new Map<string, SandboxGrantState>();
  const config = { protocol, assumptions, grants: byToken };
  sandbox.route(protocol.operation, (context) => requestProduction(context, config));

  const issueGrant = (issue: IssueGrantOptions = {}): IssuedGrant => {
    const testApp = sandbox.apps.find((candidate) => candidate.phase === 'test');
    const appKey = issue.apiKey ?? testApp?.apiKey ?? '';
    const app = findApp(sandbox.apps, appKey);
    if (app === undefined) {
      throw new MhbTestingError({ code: 'SANDBOX_UNKNOWN_API_KEY', params: { keySuffix: lastFour(appKey) ?? '' } });
    }
    const number = byId.size + 1;
    const maskedId = issue.person?.maskedId ?? `Z1${String(1000 + (number % 9000))}****`;
    if (app.phase === 'test' && !isVirtualPerson(maskedId)) {
      throw new MhbTestingError({ code: 'SANDBOX_NON_VIRTUAL_PERSON', params: { maskedId } });
    }

    const now = sandbox.clock.now();
    const expiresAt = issue.expiresAt === undefined ? now + DEFAULT_SANDBOX_GRANT_LIFETIME_MS : Number(issue.expiresAt);
    const state: SandboxGrantState = {
      grantId: `sandbox-grant-${number}`,
      userId: issue.userId ?? `user-${number}`,
      token: `sandbox-grant-token-${number}-${globalThis.crypto.randomUUID()}`,
      appKey: app.apiKey,
      maskedId,
      scope: parseGrantScope(issue.scope ?? ALL_DATA_SCOPE, 'en'),
      expiresAt,
      file: issue.file,
      readyAfterMs: issue.readyAfterMs,
      revokedAt: undefined,
      lastRequestAt: undefined,
      tickets: [],
    };
    byToken.set(state.token, state);
    byId.set(state.grantId, state);

    return {
      id: state.grantId,
      userId: state.userId,
      token: state.token,
      phase: app.phase,
      scope: state.scope,
      grantedAt: new Date(now).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      maskedId,
    };
  };

  return Object.assign(sandbox, {
    grantAssumptions: assumptions,
    grantProtocol: protocol,
    issueGrant,
    revokeGrant: (grantId: string) => {
      const state = byId.get(grantId);
      if (state === undefined) throw new MhbGrantError('GRANT_NOT_FOUND', 'en', { grantId });
      state.revokedAt ??= sandbox.clock.now();
    },
    grantTickets: (grantId: string) => [...(byId.get(grantId)?.tickets ?? [])],
  });
}
