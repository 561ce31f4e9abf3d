import ky, { isTimeoutError } from 'ky';
import type { ClientConfig } from '../config/client-options.js';
import { VERSION } from '../version.js';
import type { EncodedRequest } from './encode-request.js';
import { BodyReadError, readBody } from './read-body.js';

/** The result of one attempt: a response with its whole body, or the way the attempt failed. */
export type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Headers; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly status: number }
  | { readonly kind: 'headers-timeout' }
  | { readonly kind: 'idle-timeout' }
  | { readonly kind: 'connection'; readonly error: unknown; readonly refused: boolean }
  | { readonly kind: 'aborted' };

/**
 * Sends one attempt through ky and reads the whole body under the idle and size limits. It never throws: every
 * failure comes back as an {@link AttemptOutcome}, and the caller decides whether to retry.
 *
 * ky runs with its own retries off and HTTP errors returned as responses, so the retry policy stays in one place.
 */
export async function sendAttempt(
  config: ClientConfig,
  request: EncodedRequest,
  requestId: string,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  const headers = new Headers(request.headers);
  headers.set('User-Agent', `mhbkit/${VERSION}`);
  headers.set(config.requestIdHeader, requestId);

  let response: Response;
  try {
    response = await ky(request.url, {
      method: request.method,
      headers,
      body: request.body ?? null,
      signal,
      timeout: config.timeouts.headersMs,
      retry: 0,
      throwHttpErrors: false,
      // A followed redirect would resend the API key (in a header or a 307/308 body) to wherever the Location points,
      // even to plain http:. Redirects come back as 3xx responses and fail as HTTP status errors instead.
      redirect: 'manual',
      fetch: config.fetch,
    });
  } catch (error) {
    if (signal.aborted) return { kind: 'aborted' };
    if (isTimeoutError(error)) return { kind: 'headers-timeout' };
    return { kind: 'connection', error, refused: isConnectionRefused(error) };
  }

  try {
    const bytes = await readBody(response, { idleMs: config.timeouts.idleMs, maxBytes: config.maxResponseBytes });
    return { kind: 'response', status: response.status, headers: response.headers, bytes };
  } catch (error) {
    if (signal.aborted) return { kind: 'aborted' };
    if (error instanceof BodyReadError && error.failure === 'idle') return { kind: 'idle-timeout' };
    if (error instanceof BodyReadError) return { kind: 'too-large', status: response.status };
    return { kind: 'connection', error, refused: false };
  }
}

/**
 * Tells whether a fetch failure is a refused connection, where the request cannot have reached the server. Node's
 * fetch (undici) puts the system error code on `cause.code`; other runtimes give no code, so this returns `false`.
 */
function isConnectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return cause?.code === 'ECONNREFUSED';
}
