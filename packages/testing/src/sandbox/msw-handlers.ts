import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import type { Sandbox } from './create-sandbox.js';
import type { SandboxReply } from './reply.js';

/** Turns a sandbox reply into an msw response, producing the transport faults with web streams. */
async function toResponse(reply: SandboxReply, signal: AbortSignal): Promise<Response> {
  const { delivery } = reply;

  if (delivery.kind === 'reset') return HttpResponse.error();
  if (delivery.kind === 'slowHeaders') await delay(delivery.delayMs);
  if (delivery.kind !== 'stalledBody') {
    return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
  }

  const bytes = new TextEncoder().encode(reply.body);
  const stalled = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, delivery.afterBytes));
      // The body never ends; it errors only when the client gives up, so no stream outlives its request.
      signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
  return new HttpResponse(stalled, {
    status: reply.status,
    headers: { ...reply.headers, 'content-length': String(bytes.length) },
  });
}

/**
 * Creates msw request handlers that serve a sandbox in-process. They match every method and path under the
 * sandbox's base URL, so unknown paths get the sandbox's 404 too. The handlers use web-standard APIs only.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createSandbox } from '@mhbkit/testing';
 * import { createSandboxHandlers } from '@mhbkit/testing/msw';
 *
 * const sandbox = createSandbox();
 * const server = setupServer(...createSandboxHandlers(sandbox));
 * server.listen({ onUnhandledRequest: 'error' });
 * ```
 */
export function createSandboxHandlers(sandbox: Sandbox): RequestHandler[] {
  const base = sandbox.url.replace(/\/$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const reply = await sandbox.handle(request.clone());
      return toResponse(reply, request.signal);
    }),
  ];
}
