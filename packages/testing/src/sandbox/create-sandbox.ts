import {
  type EndpointProfile,
  type MhbConfigError,
  OBSERVED_SDK_DEVICE_2019,
  type OperationName,
  withBaseUrl,
} from '@mhbkit/core';
import { MhbTestingError } from '../errors/testing-error.js';
import { deriveRandom } from '../generator/random.js';
import type { ZipEncryption } from '../zip/zip-entry.js';
import { registerAdminRoutes } from './admin-routes.js';
import { findApp, isVirtualPerson, lastFour, type SandboxApp } from './apps.js';
import { DEFAULT_SANDBOX_ASSUMPTIONS, type SandboxAssumptions } from './assumptions.js';
import { createSandboxClock, type SandboxClock } from './clock.js';
import { type RouteHandler, SandboxEngine } from './engine.js';
import type { InjectFaultOptions, SandboxFault } from './faults.js';
import type { SandboxReply } from './reply.js';
import type { SandboxRequestRecord } from './request-log.js';
import { registerRetrievalRoutes } from './retrieval-routes.js';
import { createTicket, type IssuedTicket, type IssueTicketOptions } from './tickets.js';

/**
 * The base URL of a sandbox that only msw serves: a loopback port where nothing listens, so a request that msw
 * does not intercept fails at once instead of leaving the machine.
 */
export const MSW_SANDBOX_BASE_URL = 'http://127.0.0.1:9';

/** Options of {@link createSandbox} and `startSandbox`. */
export interface SandboxOptions {
  /** The endpoint profile to emulate; the sandbox serves its paths at its own base URL. @defaultValue `OBSERVED_SDK_DEVICE_2019` */
  readonly profile?: EndpointProfile;
  /** The seed of generated keys, tickets and files. @defaultValue `1` */
  readonly seed?: number | string;
  /** The registered apps. @defaultValue one test-phase and one production-phase app with keys drawn from `seed` */
  readonly apps?: readonly SandboxApp[];
  /** Overrides of the assumptions table. @defaultValue {@link DEFAULT_SANDBOX_ASSUMPTIONS} */
  readonly assumptions?: Partial<SandboxAssumptions>;
  /** The clock, or a start time for a clock that stays fixed until advanced. @defaultValue the system time */
  readonly clock?: SandboxClock | number | Date;
  /** Time from issuing a ticket until its file is produced, in ms. @defaultValue `0` */
  readonly readyAfterMs?: number;
  /** The zip encryption of delivered files. @defaultValue `'zipcrypto'`, the method seen in SDK deliveries */
  readonly encryption?: ZipEncryption;
}

/** A running NHI sandbox. */
export interface Sandbox {
  /** The base URL the profile's paths are served under. */
  readonly url: string;
  /** The emulated profile with the sandbox's base URL; pass it to the client. */
  readonly profile: EndpointProfile;
  /** The test-phase API key: a sandbox key, not an NHI key. */
  readonly apiKey: string;
  /** The production-phase API key, when one is registered. */
  readonly productionApiKey: string | undefined;
  readonly apps: readonly SandboxApp[];
  /** The assumptions in force, defaults merged with the overrides. */
  readonly assumptions: SandboxAssumptions;
  readonly clock: SandboxClock;
  /** Every request so far, without secrets (ticket numbers cut to their last four characters). */
  readonly requests: readonly SandboxRequestRecord[];
  /**
   * Issues a ticket and builds its encrypted zip.
   * @throws {@link MhbTestingError} `SANDBOX_NON_VIRTUAL_PERSON` for a non-virtual person under a test-phase key,
   *   `SANDBOX_UNKNOWN_API_KEY` for an unregistered key, `GENERATOR_INVALID_OPTION` for invalid file options.
   */
  issueTicket(options?: IssueTicketOptions): Promise<IssuedTicket>;
  /** Injects a fault into an operation's responses, for the next `times` calls or until cleared. */
  injectFault(operation: OperationName, fault: SandboxFault, options?: InjectFaultOptions): void;
  /** Removes every injected fault. */
  clearFaults(): void;
  /** Registers a route for another profile operation, e.g. `requestProduction`. */
  route(operation: OperationName, handler: RouteHandler): void;
  /** Handles one web-standard request; the msw handlers and the Node server call it. */
  handle(request: Request): Promise<SandboxReply>;
}

function checkDelay(option: string, value: number): number {
  if (Number.isFinite(value) && value >= 0) return value;
  throw new MhbTestingError({
    code: 'SANDBOX_INVALID_OPTION',
    params: { option, value: String(value), hint: 'Use a number of milliseconds ≥ 0.' },
  });
}

/**
 * Creates a sandbox without a server, for msw or for a server of your own. Its routes are web-standard.
 *
 * @throws {@link MhbTestingError} `SANDBOX_INVALID_OPTION` for a negative delay or no test-phase app.
 * @throws An {@link MhbConfigError} with a `CONFIG_URL_*` code when `baseUrl` is neither `https:` nor loopback
 *   `http:`.
 * @example
 * ```ts
 * const sandbox = createSandbox({ seed: 1 });
 * const server = setupServer(...createSandboxHandlers(sandbox));
 * ```
 */
export function createSandbox(options: SandboxOptions = {}, baseUrl: string = MSW_SANDBOX_BASE_URL): Sandbox {
  const seed = options.seed ?? 1;
  const profile = withBaseUrl(options.profile ?? OBSERVED_SDK_DEVICE_2019, baseUrl);
  const apps = options.apps ?? [
    { apiKey: deriveRandom(seed, 'test-api-key').hex(32), phase: 'test' },
    { apiKey: deriveRandom(seed, 'production-api-key').hex(32), phase: 'production' },
  ];
  const testApp = apps.find((app) => app.phase === 'test');
  const clock =
    typeof options.clock === 'object' && !(options.clock instanceof Date)
      ? options.clock
      : createSandboxClock(options.clock);
  const assumptions = { ...DEFAULT_SANDBOX_ASSUMPTIONS, ...options.assumptions };

  if (testApp === undefined) {
    throw new MhbTestingError({
      code: 'SANDBOX_INVALID_OPTION',
      params: { option: 'apps', value: `${apps.length} apps`, hint: 'Register at least one test-phase app.' },
    });
  }

  const engine = new SandboxEngine({
    profile,
    assumptions,
    apps,
    clock,
    seed,
    readyAfterMs: checkDelay('readyAfterMs', options.readyAfterMs ?? 0),
    encryption: options.encryption ?? 'zipcrypto',
  });

  const issueTicket = async (ticketOptions: IssueTicketOptions = {}): Promise<IssuedTicket> => {
    const appKey = ticketOptions.apiKey ?? testApp.apiKey;
    const app = findApp(apps, appKey);
    const maskedId =
      ticketOptions.person?.maskedId ?? ticketOptions.file?.maskedId ?? `Z1${engine.random.digits(4)}****`;
    if (app === undefined) {
      throw new MhbTestingError({ code: 'SANDBOX_UNKNOWN_API_KEY', params: { keySuffix: lastFour(appKey) ?? '' } });
    }
    if (app.phase === 'test' && !isVirtualPerson(maskedId)) {
      throw new MhbTestingError({ code: 'SANDBOX_NON_VIRTUAL_PERSON', params: { maskedId } });
    }

    const state = await createTicket({
      appKey: app.apiKey,
      phase: app.phase,
      maskedId,
      file: { seed: `${String(seed)}:file:${engine.tickets.size}`, ...ticketOptions.file },
      readyAfterMs: checkDelay('readyAfterMs', ticketOptions.readyAfterMs ?? engine.config.readyAfterMs),
      ttlMs: assumptions.ticketTtlMs,
      encryption: ticketOptions.encryption ?? engine.config.encryption,
      now: clock.now(),
      random: engine.random,
    });
    engine.tickets.set(state.issued.ticket, state);
    return state.issued;
  };

  registerRetrievalRoutes(engine);
  registerAdminRoutes(engine, issueTicket);

  return {
    url: profile.baseUrl,
    profile,
    apiKey: testApp.apiKey,
    productionApiKey: apps.find((app) => app.phase === 'production')?.apiKey,
    apps,
    assumptions,
    clock,
    requests: engine.requests,
    issueTicket,
    injectFault: (operation, fault, faultOptions) => engine.faults.add(operation, fault, faultOptions),
    clearFaults: () => engine.faults.clear(),
    route: (operation, handler) => engine.route(operation, handler),
    handle: (request) => engine.handle(request),
  };
}
