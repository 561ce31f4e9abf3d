import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions } from './create-sandbox.js';
import type { SandboxReply } from './reply.js';

/** Options of {@link startSandbox}. */
export interface StartSandboxOptions extends SandboxOptions {
  /** The port on 127.0.0.1. @defaultValue `0`, any free port */
  readonly port?: number;
}

/** A sandbox served over HTTP on 127.0.0.1. */
export interface RunningSandbox extends Sandbox {
  /** Stops the server, destroying open connections (stalled bodies included) so test runners do not hang. */
  close(): Promise<void>;
}

/** The largest request body the server reads, in bytes; sandbox requests are a few hundred bytes. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** A request body over {@link MAX_REQUEST_BYTES}. */
class RequestTooLargeError extends Error {}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new RequestTooLargeError();
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }

  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(message.url ?? '/', origin), { method, headers, ...(hasBody ? { body } : {}) });
}

function send(reply: SandboxReply, response: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  const { delivery } = reply;
  const body = Buffer.from(reply.body, 'utf8');

  if (delivery.kind === 'reset') {
    response.socket?.destroy();
    return;
  }
  const write = (): void => {
    response.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
    if (delivery.kind === 'stalledBody') response.write(body.subarray(0, delivery.afterBytes));
    else response.end(body);
  };
  if (delivery.kind !== 'slowHeaders') {
    write();
    return;
  }

  const timer = setTimeout(() => {
    timers.delete(timer);
    if (!response.destroyed) write();
  }, delivery.delayMs);
  timers.add(timer);
}

/**
 * Starts the sandbox as an HTTP server on 127.0.0.1 (an ephemeral port by default) and returns it with its URL,
 * profile and test-phase API key.
 *
 * @throws {@link MhbTestingError} `SANDBOX_INVALID_OPTION` for invalid options; the listen error when the port is taken.
 * @example
 * ```ts
 * const sandbox = await startSandbox({ readyAfterMs: 0 });
 * const { ticket } = await sandbox.issueTicket({ file: { visits: 20 } });
 * // point the client at sandbox.profile with sandbox.apiKey, redeem `ticket`, then:
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let sandbox: Sandbox | undefined;

  const server = createServer((message, response) => {
    const origin = `http://${message.headers.host ?? '127.0.0.1'}`;
    toRequest(message, origin)
      .then((request) => sandbox!.handle(request))
      .then((reply) => send(reply, response, timers))
      .catch((error: unknown) => {
        // Only reading the body can fail here, because the engine turns its own errors into replies.
        const status = error instanceof RequestTooLargeError ? 413 : 400;
        if (!response.headersSent) response.writeHead(status, { connection: 'close' }).end();
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  sandbox = createSandbox(options, `http://127.0.0.1:${port}`);

  const close = async (): Promise<void> => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  return { ...sandbox, close };
}
