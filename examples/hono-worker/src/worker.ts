import {
  createClient,
  type EdgeBindings,
  isMhbError,
  type MedicalFile,
  OBSERVED_SDK_DEVICE_2019,
  type ReceivedFile,
  type RetrievalClient,
} from '@mhbkit/edge';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

// The largest upload the Worker reads, in bytes. It is not exported: a Worker's entry module may export only handlers.
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** The part of a Workers KV namespace the Worker uses; `@cloudflare/workers-types` has the full `KVNamespace`. */
export interface DeliveryNamespace {
  put(key: string, value: Uint8Array, options?: { metadata?: unknown }): Promise<void>;
  getWithMetadata(key: string, type: 'arrayBuffer'): Promise<{ value: ArrayBuffer | null; metadata: unknown }>;
}

/** The Worker's bindings: mhbkit's four settings plus a KV namespace for the received files. */
export interface Env extends EdgeBindings {
  /** The store of received files, keyed by the SHA-256 of their bytes. */
  readonly DELIVERIES: DeliveryNamespace;
}

type App = { Bindings: Env };

// NOTE: OBSERVED_SDK_DEVICE_2019 is the protocol seen in a 2019 SDK build, which NHI has not confirmed. Replace it
// with your own defineEndpointProfile(...) once NHI documents the back-end interface.
function clientFor(env: Env): RetrievalClient {
  return createClient(env, { profile: OBSERVED_SDK_DEVICE_2019, allowUnverifiedProfile: true });
}

function recordCounts(file: MedicalFile): Record<string, number> {
  return Object.fromEntries(Object.values(file.sections).map((section) => [section.code, section.records.length]));
}

/** Stores the raw bytes (so the file can be parsed again after a parser fix) with a small summary as metadata. */
async function store(env: Env, received: ReceivedFile<MedicalFile>): Promise<void> {
  await env.DELIVERIES.put(received.rawSha256, received.raw, {
    metadata: { phase: received.phase, maskedId: received.file.meta.maskedId },
  });
}

function problem(status: ContentfulStatusCode, code: string, message: string) {
  return { status, body: { code, message } };
}

/** Maps mhbkit's input errors to 422 (the zip or key does not open) and everything else to 500. */
function toProblem(error: unknown) {
  if (!isMhbError(error)) return problem(500, 'INTERNAL', 'The request could not be processed.');

  const clientFault = /^(ZIP_|DELIVERY_SERVER_KEY|DELIVERY_INPUT|DELIVERY_PHASE|FILE_)/.test(error.code);
  return problem(clientFault ? 422 : 500, error.code, error.message);
}

const app = new Hono<App>();

// Pattern B: the phone uploads the encrypted zip (file part `zip`) and its `serverKey` as multipart/form-data.
app.post('/uploads', async (c) => {
  const length = Number(c.req.header('content-length') ?? Number.NaN);
  if (!(length <= MAX_UPLOAD_BYTES)) {
    return c.json(
      { code: 'UPLOAD_TOO_LARGE', message: `Send a Content-Length of at most ${MAX_UPLOAD_BYTES} bytes.` },
      413,
    );
  }

  const form = await c.req.formData().catch(() => undefined);
  const zip = form?.get('zip');
  const serverKey = form?.get('serverKey');
  if (!(zip instanceof File) || typeof serverKey !== 'string') {
    return c.json({ code: 'UPLOAD_PART_MISSING', message: 'Send the file part "zip" and the field "serverKey".' }, 400);
  }

  const received = await clientFor(c.env).receiveUpload({ zip, serverKey });
  await store(c.env, received);
  return c.json({ rawSha256: received.rawSha256, phase: received.phase, records: recordCounts(received.file) }, 201);
});

// Pattern C: the app hands the back-end a ticket. One request is one download attempt. The Worker never sleeps, so a
// ticket that is not produced yet comes back as 202 with the time to ask again.
app.post('/tickets/:ticket/redeem', async (c) => {
  const client = clientFor(c.env);
  const outcome = await client.redeem(c.req.param('ticket'));

  switch (outcome.status) {
    case 'ready': {
      await store(c.env, outcome.delivery);
      // Acknowledge only after the file is stored: a crash before this line leaves the ticket redeemable.
      const { acknowledged } = await client.acknowledge(outcome.delivery.ticket);
      const { rawSha256, file } = outcome.delivery;
      return c.json({ status: 'ready', rawSha256, acknowledged, records: recordCounts(file) }, 200);
    }
    case 'not-ready':
    case 'rate-limited':
      c.header('Retry-After', String(Math.max(1, Math.ceil((outcome.retryAt.getTime() - Date.now()) / 1000))));
      return c.json({ status: outcome.status, retryAt: outcome.retryAt.toISOString() }, 202);
    case 'invalid':
    case 'expired':
      return c.json({ status: outcome.status }, 410);
    case 'key-rejected':
      return c.json({ status: outcome.status }, 502);
    default:
      return c.json({ status: outcome.status, raw: outcome.raw }, 502);
  }
});

// Returns what was stored for a file, without its contents.
app.get('/deliveries/:sha256', async (c) => {
  const { value, metadata } = await c.env.DELIVERIES.getWithMetadata(c.req.param('sha256'), 'arrayBuffer');
  if (value === null) return c.json({ code: 'NOT_FOUND', message: 'No file is stored under this SHA-256.' }, 404);
  return c.json({ byteLength: value.byteLength, metadata }, 200);
});

app.onError((error, c) => {
  const { status, body } = toProblem(error);
  // mhbkit's messages contain no key, ticket or record contents, so they are safe to log and to return.
  console.warn('request rejected', { path: c.req.path, status, code: body.code });
  return c.json(body, status);
});

export default app;
