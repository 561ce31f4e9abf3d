import type { Locale } from '../i18n/locale.js';
import type { Logger, noopLogger } from '../logging/logger.js';
import type { EndpointProfile } from '../profiles/endpoint-profile.js';
import type { ApiKey } from '../secrets/api-key.js';
import type { DEFAULT_RETRY_POLICY, RetryPolicy } from './retry-policy.js';
import type { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_POLICY, TimeoutPolicy } from './timeout-policy.js';

/**
 * The NHI phase a client talks to: `test` is phase 1 (第一階段, virtual IDs and test data), `production` is phase 2
 * (第二階段, real users). Each phase has its own API key.
 */
export type Phase = 'test' | 'production';

/** Every phase, in order. */
export const PHASES: readonly Phase[] = ['test', 'production'];

/** A `fetch` function, the web-standard signature. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Waits `ms` milliseconds, or rejects with the signal's reason once `signal` aborts. */
export type SleepFunction = (ms: number, signal: AbortSignal) => Promise<void>;

/** The options a client is built from. */
export interface ClientOptions {
  /** The API key NHI issued for this app and phase. */
  readonly apiKey: ApiKey | string;
  /** The phase the key belongs to. Required, with no default, so that test and production are never mixed. */
  readonly phase: Phase;
  /**
   * The endpoint profile. mhbkit ships no verified profile: pass one built with `defineEndpointProfile`, or
   * `OBSERVED_SDK_DEVICE_2019` with `allowUnverifiedProfile: true`.
   */
  readonly profile: EndpointProfile;
  /** Replaces the profile's base URL, e.g. with a loopback sandbox. `https:` only, except loopback addresses. */
  readonly baseUrl?: string;
  /** Accepts a profile whose `verified` is `false`. A warning is logged once per logger and profile. @defaultValue `false` */
  readonly allowUnverifiedProfile?: boolean;
  /** The `fetch` used for requests. @defaultValue `globalThis.fetch` */
  readonly fetch?: FetchFunction;
  /** Deadlines, merged over {@link DEFAULT_TIMEOUT_POLICY}. */
  readonly timeouts?: Partial<TimeoutPolicy>;
  /** Retry policy, merged over {@link DEFAULT_RETRY_POLICY}. */
  readonly retry?: Partial<RetryPolicy>;
  /** The largest response body read, in bytes. @defaultValue `67108864` (64 MiB, {@link DEFAULT_MAX_RESPONSE_BYTES}) */
  readonly maxResponseBytes?: number;
  /** The header that carries the request id. @defaultValue `'X-Request-Id'` */
  readonly requestIdHeader?: string;
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
  /** The logger that receives log lines. Every line is redacted first. @defaultValue {@link noopLogger} */
  readonly logger?: Logger;
  /** Waits between retries. Tests inject a fast one. @defaultValue a `setTimeout` that the call's signal can abort */
  readonly sleep?: SleepFunction;
  /** Returns a number in [0, 1) for retry jitter. Tests inject a fixed one. @defaultValue `Math.random` */
  readonly random?: () => number;
}

/** The resolved, frozen configuration a transport runs with. Build it with {@link resolveClientConfig}. */
export interface ClientConfig {
  /** The API key, wrapped so that it prints redacted. */
  readonly apiKey: ApiKey;
  /** The phase the key belongs to. */
  readonly phase: Phase;
  /** The profile, with `baseUrl` applied. */
  readonly profile: EndpointProfile;
  /** The deadlines, defaults filled in. */
  readonly timeouts: TimeoutPolicy;
  /** The retry policy, defaults filled in. */
  readonly retry: RetryPolicy;
  /** The largest response body read, in bytes. */
  readonly maxResponseBytes: number;
  /** The header that carries the request id. */
  readonly requestIdHeader: string;
  /** The language of error messages. */
  readonly locale: Locale;
  /** The caller's logger wrapped by {@link createRedactingLogger} with the API key as a known secret. */
  readonly logger: Logger;
  /** The fetch function requests go through. */
  readonly fetch: FetchFunction;
  /** Waits between retries. */
  readonly sleep: SleepFunction;
  /** Returns a number in [0, 1) for retry jitter. */
  readonly random: () => number;
}
