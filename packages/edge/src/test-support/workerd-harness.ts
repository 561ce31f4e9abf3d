import { Miniflare, type RequestInit } from 'miniflare';
import { bundleWorker, type WorkerBundle } from './worker-bundle.js';

/**
 * The compatibility date the test worker runs with. It is the newest date the installed workerd supports
 * (miniflare 3.20250718), so the tests see current Workers behaviour. No `nodejs_compat` flag is set, because
 * mhbkit must run without it.
 */
export const WORKER_COMPATIBILITY_DATE = '2025-07-18';

/** A test worker running inside workerd. */
export interface WorkerHarness {
  /** The bundle that the worker runs. */
  readonly bundle: WorkerBundle;
  /**
   * Sends a request to the worker and parses its JSON response.
   *
   * @param path - the request path, e.g. `/derive-password`.
   * @param body - sent as the request body: bytes as they are, anything else as JSON.
   * @param headers - extra request headers.
   */
  request(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown }>;
  /** Stops workerd. */
  dispose(): Promise<void>;
}

/** Options for {@link startWorker}. */
export interface StartWorkerOptions {
  /** Absolute path of the worker's entry file. */
  readonly entry: string;
  /** Folder that the bundle's input list is made relative to. */
  readonly root: string;
  /** Text bindings the worker receives as `env`, as Cloudflare `vars` and secrets. */
  readonly bindings?: Readonly<Record<string, string>>;
}

function requestInit(body: unknown, headers: Record<string, string>): RequestInit {
  if (body === undefined) return { method: 'GET', headers };
  if (body instanceof Uint8Array) return { method: 'POST', body, headers };

  return { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

/**
 * Bundles a test worker and starts it in workerd through Miniflare.
 *
 * @throws Error naming the modules when the bundle imports Node.js built-ins, because workerd without
 *   `nodejs_compat` would only report the first one it cannot load.
 */
export async function startWorker(options: StartWorkerOptions): Promise<WorkerHarness> {
  const bundle = await bundleWorker(options.entry, options.root);
  if (bundle.nodeImports.length > 0) {
    throw new Error(
      `The worker bundle imports Node.js built-ins (${bundle.nodeImports.join(', ')}). ` +
        'Move that code out of the packages the worker imports, or behind an injected option.',
    );
  }
  const miniflare = new Miniflare({
    // The bundle is listed as a module instead of passed as `script`: Miniflare scans a script for imports and
    // rejects the dynamic `import(codecURI)` inside zip.js, which mhbkit never reaches.
    modules: [{ type: 'ESModule', path: 'worker.mjs', contents: bundle.code }],
    compatibilityDate: WORKER_COMPATIBILITY_DATE,
    compatibilityFlags: [],
    bindings: { ...options.bindings },
  });
  await miniflare.ready;

  return {
    bundle,
    async request(path, body, headers = {}) {
      const response = await miniflare.dispatchFetch(`http://worker.test${path}`, requestInit(body, headers));
      const text = await response.text();

      return { status: response.status, json: JSON.parse(text) as unknown };
    },
    dispose: () => miniflare.dispose(),
  };
}
