import { OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import { createRetrievalClient, type RetrievalClient, type RetrievalClientOptions } from '@mhbkit/retrieval';
import { withNodePbkdf2 } from '../crypto/node-pbkdf2.js';
import { MhbNodeError } from '../errors/node-error.js';
import { createProxyFetch, type ProxyFetchOptions } from '../proxy/proxy-fetch.js';
import { readClientEnv } from './read-client-env.js';

/**
 * Options of {@link createClient}: the retrieval client's options, where the API key, phase, base URL and locale may
 * come from the environment instead, and the profile has a default.
 */
export interface NodeClientOptions
  extends Omit<RetrievalClientOptions, 'apiKey' | 'phase' | 'profile'>,
    Partial<Pick<RetrievalClientOptions, 'apiKey' | 'phase' | 'profile'>> {
  /** The environment read for unset options. @defaultValue `process.env` */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Proxy settings for the default `fetch`, or `false` to ignore `HTTPS_PROXY` and friends. Ignored when `fetch` is
   * given. @defaultValue the `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` environment variables
   */
  readonly proxy?: Omit<ProxyFetchOptions, 'env'> | false;
}

/**
 * Creates the retrieval client on Node.js. Unset options come from the environment: `MHB_API_KEY`, `MHB_PHASE`,
 * `MHB_BASE_URL` and `MHB_LOCALE`, trimmed, where an empty value counts as unset; explicit options always win.
 * The zip password is derived with `node:crypto`, and requests go through `HTTPS_PROXY` or `HTTP_PROXY` when set,
 * except for hosts in `NO_PROXY`.
 *
 * The default profile is `OBSERVED_SDK_DEVICE_2019`, which NHI has not confirmed, so it needs
 * `allowUnverifiedProfile: true`.
 *
 * @throws {@link MhbNodeError} `NODE_OPTION_MISSING` when the API key or phase is neither passed nor set, and
 *   `NODE_ENV_INVALID` when `MHB_PHASE` or `MHB_LOCALE` contains an unknown value.
 * @throws `MhbConfigError` (from `@mhbkit/core`) for invalid client options, such as an unverified profile without
 *   `allowUnverifiedProfile`.
 * @example
 * ```ts
 * import { createClient, FileTicketStore, saveDelivery } from '@mhbkit/node';
 *
 * // MHB_API_KEY, MHB_PHASE=test and MHB_BASE_URL are set in the environment.
 * const client = createClient({ allowUnverifiedProfile: true, store: new FileTicketStore('./tickets.json', 'test') });
 * for await (const delivery of client.deliveries({ tickets: ['TICKET-0001'] })) {
 *   await saveDelivery('./deliveries', delivery);
 * }
 * ```
 */
export function createClient(options: NodeClientOptions = {}): RetrievalClient {
  const { env: envOption, proxy, ...rest } = options;
  const env = readClientEnv(envOption ?? process.env, options.locale);
  const locale = options.locale ?? env.locale;

  const apiKey = options.apiKey ?? env.apiKey;
  if (apiKey === undefined) {
    throw new MhbNodeError('NODE_OPTION_MISSING', locale, { option: 'apiKey', name: 'MHB_API_KEY' });
  }
  const phase = options.phase ?? env.phase;
  if (phase === undefined) {
    throw new MhbNodeError('NODE_OPTION_MISSING', locale, { option: 'phase', name: 'MHB_PHASE' });
  }

  const baseUrl = options.baseUrl ?? env.baseUrl;
  const fetch =
    options.fetch ?? (proxy === false ? undefined : createProxyFetch({ ...proxy, env: envOption ?? process.env }));

  return createRetrievalClient({
    ...rest,
    apiKey,
    phase,
    profile: options.profile ?? OBSERVED_SDK_DEVICE_2019,
    passwordScheme: withNodePbkdf2(options.passwordScheme),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(locale === undefined ? {} : { locale }),
    ...(fetch === undefined ? {} : { fetch }),
  });
}
