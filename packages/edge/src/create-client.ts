import { createRetrievalClient, type RetrievalClient, type RetrievalClientOptions } from '@mhbkit/retrieval';
import type { EdgeBindings } from './bindings.js';
import { resolveBindings } from './internal/resolve-bindings.js';

/**
 * Options of {@link createClient}: the retrieval client's options, where `apiKey` and `phase` may come from the
 * bindings instead. An option that is set wins over its binding.
 */
export interface EdgeClientOptions extends Omit<RetrievalClientOptions, 'apiKey' | 'phase'> {
  /** The API key. @defaultValue the `MHB_API_KEY` binding */
  readonly apiKey?: RetrievalClientOptions['apiKey'] | undefined;
  /** The phase. @defaultValue the `MHB_PHASE` binding */
  readonly phase?: RetrievalClientOptions['phase'] | undefined;
}

/**
 * Creates a retrieval client for an edge runtime from a bindings object, such as a Cloudflare Worker's `env`.
 *
 * `MHB_API_KEY`, `MHB_PHASE`, `MHB_BASE_URL` and `MHB_LOCALE` fill the options that are not set. The client uses
 * only `fetch`, Web Crypto and Web Streams.
 *
 * @param bindings - the Worker's `env`, or the environment variables on Vercel Edge, Deno or Bun.
 * @param options - the endpoint profile and any retrieval option; each option wins over its binding.
 * @throws {@link MhbBindingError} when a needed binding is missing, is not text or is invalid.
 * @throws {@link MhbConfigError} for invalid options, as `createRetrievalClient` raises them.
 *
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: Env): Promise<Response> {
 *     const client = createClient(env, { profile: MY_PROFILE });
 *     const form = await request.formData();
 *     const { rawSha256 } = await client.receiveUpload({
 *       zip: form.get('zipFile') as File,
 *       serverKey: String(form.get('serverKey')),
 *     });
 *     return Response.json({ rawSha256 });
 *   },
 * };
 * ```
 */
export function createClient(bindings: EdgeBindings, options: EdgeClientOptions): RetrievalClient {
  const settings = resolveBindings(bindings, options);

  return createRetrievalClient({ ...options, ...settings });
}
