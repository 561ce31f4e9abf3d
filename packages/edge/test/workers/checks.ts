// A Cloudflare Worker that runs mhbkit checks inside workerd and returns their results as JSON.
// The Node-side test (src/workerd.test.ts) bundles it, starts it in Miniflare and asserts on the results.
import { deriveZipPassword, type EdgeBindings, isMhbError, VERSION } from '@mhbkit/edge';

type Check = (request: Request, env: EdgeBindings) => Promise<unknown>;

const checks: Record<string, Check> = {
  '/runtime': async () => ({
    userAgent: navigator.userAgent,
    hasProcess: 'process' in globalThis,
    hasBuffer: 'Buffer' in globalThis,
    version: VERSION,
  }),

  '/derive-password': async (request) => {
    const { apiKey, serverKey } = (await request.json()) as { apiKey: string; serverKey: string };
    return { password: await deriveZipPassword(apiKey, serverKey) };
  },
};

/** Returns the fields of a thrown value that a test asserts on. */
function describeError(error: unknown): Record<string, unknown> {
  if (isMhbError(error)) return error.toJSON();
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'NonError', message: String(error) };
}

export default {
  async fetch(request: Request, env: EdgeBindings): Promise<Response> {
    const path = new URL(request.url).pathname;
    const check = checks[path];
    if (check === undefined) return Response.json({ error: { name: 'NotFound', message: path } }, { status: 404 });

    try {
      return Response.json({ result: await check(request, env) });
    } catch (error) {
      return Response.json({ error: describeError(error) }, { status: 500 });
    }
  },
};
