// A Cloudflare Worker that runs mhbkit checks inside workerd and returns their results as JSON.
// The Node-side test (src/workerd.test.ts) bundles it, starts it in Miniflare and asserts on the results.
import {
  createClient,
  deriveZipPassword,
  type EdgeBindings,
  type EdgeClientOptions,
  isMhbError,
  OBSERVED_SDK_DEVICE_2019,
  openDeliveryZip,
  parseMedicalFile,
  VERSION,
} from '@mhbkit/edge';
import { summarizeFile } from './summarize-file.js';

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

  // The zip is the request body and its serverKey travels in a header; the API key is the MHB_API_KEY binding.
  '/open-zip': async (request, env) => {
    const zip = new Uint8Array(await request.arrayBuffer());
    const password = await deriveZipPassword(env.MHB_API_KEY ?? '', request.headers.get('x-server-key') ?? '');
    const opened = await openDeliveryZip(zip, { password, phase: 'test' });

    return {
      entryName: opened.entryName,
      encryption: opened.encryption,
      contentSha256: await sha256Hex(opened.content),
    };
  },

  // The file bytes are the request body.
  '/parse': async (request) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return summarizeFile(await parseMedicalFile(bytes));
  },

  // The JSON body is the bindings object, so a test can pass values a Worker's env may contain, such as numbers.
  '/create-client': async (request) => {
    const bindings = (await request.json()) as EdgeBindings;
    const client = createClient(bindings, { profile: OBSERVED_SDK_DEVICE_2019, allowUnverifiedProfile: true });
    return { phase: client.phase };
  },

  // Pattern C. The ticket and any explicit options come in the JSON body, and the rest comes from the bindings.
  // The sandbox emulates the observed 2019 profile, so the worker uses that preset with the sandbox's base URL.
  '/redeem': async (request, env) => {
    const body = (await request.json()) as { ticket: string; apiKey?: string; baseUrl?: string };
    const client = createClient(env, { ...sandboxOptions(body), allowUnverifiedProfile: true });

    const outcome = await client.redeem(body.ticket);
    if (outcome.status !== 'ready') return { status: outcome.status };

    const acknowledgement = await client.acknowledge(body.ticket);
    return {
      status: outcome.status,
      encryption: outcome.delivery.zip.encryption,
      file: summarizeFile(outcome.delivery.file),
      acknowledged: acknowledgement.acknowledged,
    };
  },

  // Pattern B through the client: the zip is the body and its serverKey travels in a header.
  '/receive-upload': async (request, env) => {
    const client = createClient(env, { profile: OBSERVED_SDK_DEVICE_2019, allowUnverifiedProfile: true });
    const zip = new Uint8Array(await request.arrayBuffer());

    const received = await client.receiveUpload({ zip, serverKey: request.headers.get('x-server-key') ?? '' });
    return { phase: received.phase, file: summarizeFile(received.file) };
  },
};

function sandboxOptions(body: { apiKey?: string; baseUrl?: string }): EdgeClientOptions {
  return {
    profile: OBSERVED_SDK_DEVICE_2019,
    ...(body.apiKey === undefined ? {} : { apiKey: body.apiKey }),
    ...(body.baseUrl === undefined ? {} : { baseUrl: body.baseUrl }),
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

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
