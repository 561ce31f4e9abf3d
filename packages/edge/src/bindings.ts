/**
 * The bindings `createClient` reads: Cloudflare passes them in `env`; on other runtimes, pass the environment
 * variables (`Deno.env.toObject()`, `process.env` on Bun or Vercel).
 *
 * Each value is trimmed, and a blank value counts as unset. Other properties of `env` (KV namespaces, queues) are
 * ignored, so `env` can be passed as it is.
 */
export interface EdgeBindings {
  /** The app's NHI API key for the configured phase. Bind it as a secret, never as a plain-text variable. */
  readonly MHB_API_KEY?: string | undefined;
  /** The phase: `test` (phase 1, 第一階段) or `production` (phase 2, 第二階段). */
  readonly MHB_PHASE?: string | undefined;
  /** An http or https URL that replaces the endpoint profile's base URL, e.g. a sandbox during tests. */
  readonly MHB_BASE_URL?: string | undefined;
  /** The message language: `zh-TW` or `en`; tags such as `en-US` or `zh-Hant-TW` also work. @defaultValue `'zh-TW'` */
  readonly MHB_LOCALE?: string | undefined;
}

/** The name of one binding that `createClient` reads. */
export type EdgeBindingName = keyof EdgeBindings;
