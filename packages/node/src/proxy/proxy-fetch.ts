import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/** A `fetch` function, the web-standard signature core's transport takes. */
export type ProxyFetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** Options of {@link createProxyFetch}. Each one replaces its environment variable. */
export interface ProxyFetchOptions {
  /** The proxy for `http:` URLs. @defaultValue `HTTP_PROXY` (or `http_proxy`) */
  readonly httpProxy?: string;
  /** The proxy for `https:` URLs, reached with `CONNECT`. @defaultValue `HTTPS_PROXY` (or `https_proxy`), else the HTTP proxy */
  readonly httpsProxy?: string;
  /** Hosts that bypass the proxy, comma-separated (`localhost,.internal:8443`, `*` for all). @defaultValue `NO_PROXY` (or `no_proxy`) */
  readonly noProxy?: string;
  /** The environment read for unset options. @defaultValue `process.env` */
  readonly env?: NodeJS.ProcessEnv;
}

/** Reads the first non-empty value among `names`. Empty or blank values count as unset. */
function envValue(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/**
 * Creates a `fetch` that sends requests through an HTTP proxy, for core's `fetch` option. Requests are tunnelled
 * with `CONNECT`. For `https:` URLs the proxy sees only the host and port, because TLS runs inside the tunnel. Hosts
 * listed in `noProxy` are reached directly.
 *
 * Node's built-in `fetch` ignores `HTTPS_PROXY`, so this uses undici 6's `EnvHttpProxyAgent` and undici's own
 * `fetch`. NOTE: undici 6 marks `EnvHttpProxyAgent` experimental and prints one process warning when it is created.
 *
 * @returns the proxied `fetch`, or `undefined` when no proxy is configured, so the caller keeps `globalThis.fetch`.
 * @example
 * ```ts
 * const client = createClient({ fetch: createProxyFetch({ httpsProxy: 'http://proxy.internal:3128' }) });
 * ```
 */
export function createProxyFetch(options: ProxyFetchOptions = {}): ProxyFetch | undefined {
  const env = options.env ?? process.env;
  const httpProxy = options.httpProxy ?? envValue(env, 'HTTP_PROXY', 'http_proxy');
  const httpsProxy = options.httpsProxy ?? envValue(env, 'HTTPS_PROXY', 'https_proxy') ?? httpProxy;
  const noProxy = options.noProxy ?? envValue(env, 'NO_PROXY', 'no_proxy') ?? '';
  if (httpProxy === undefined && httpsProxy === undefined) return undefined;

  // Empty strings tell undici not to fall back to the process environment for a protocol without a proxy.
  const dispatcher = new EnvHttpProxyAgent({ httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy });
  const proxied = (input: Request | string | URL, init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    }) as unknown as Promise<Response>;
  return proxied;
}
