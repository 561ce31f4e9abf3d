import { afterEach, describe, expect, it } from 'vitest';
import { isMhbAbortError, type MhbAbortError } from '../errors/abort-error.js';
import { isMhbApiError, type MhbApiError } from '../errors/api-error.js';
import { isMhbTimeoutError, type MhbTimeoutError } from '../errors/timeout-error.js';
import { sendJson, startTestServer, type TestHandler, type TestServer } from '../test-support/http-server.js';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

const FAST = { headersMs: 200, idleMs: 200, totalMs: 5000 };

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: TestHandler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

const never: TestHandler = () => new Promise(() => undefined);

/** Sends headers and half a body, then stalls. */
const stallAfterHeaders: TestHandler = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.write('{"RtnCode":');
};

describe('transport deadlines', () => {
  it('times out waiting for headers', async () => {
    const { url } = await serve(never);
    const error = (await rejection(
      createTransport(testConfig(url, { timeouts: FAST }).config).call('download', {}),
    )) as MhbTimeoutError;
    expect(isMhbTimeoutError(error)).toBe(true);
    expect(error.deadline).toBe('headers');
    expect(error.timeoutMs).toBe(200);
  });

  it('retries a headers timeout', async () => {
    const { url, requests } = await serve(never);
    await rejection(createTransport(testConfig(url, { timeouts: FAST }).config).call('download', {}));
    expect(requests).toHaveLength(3);
  });

  it('does not retry acknowledge after a headers timeout', async () => {
    const { url, requests } = await serve(never);
    await rejection(createTransport(testConfig(url, { timeouts: FAST }).config).call('acknowledge', {}));
    expect(requests).toHaveLength(1);
  });

  it('times out an idle body', async () => {
    const { url } = await serve(stallAfterHeaders);
    const error = (await rejection(
      createTransport(testConfig(url, { timeouts: FAST }).config).call('download', {}),
    )) as MhbTimeoutError;
    expect(error.deadline).toBe('idle');
  });

  it('keeps reading a slow but steady body', async () => {
    // The whole body takes longer than the idle timeout, but no single gap does.
    const { url } = await serve(async (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      for (const part of ['{"RtnCode"', ':"G000"', ',"rMsg"', ':""', '}']) {
        response.write(part);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      response.end();
    });
    const timeouts = { ...FAST, idleMs: 300 };
    const response = await createTransport(testConfig(url, { timeouts }).config).call('download', {});
    expect(response.body).toEqual({ RtnCode: 'G000', rMsg: '' });
  });

  it('times out the whole call', async () => {
    // A body that trickles forever never trips the idle limit, only the total one.
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 50);
      response.on('close', () => clearInterval(timer));
    });
    const timeouts = { headersMs: 200, idleMs: 200, totalMs: 300 };
    const error = (await rejection(
      createTransport(testConfig(url, { timeouts }).config).call('download', {}),
    )) as MhbTimeoutError;
    expect(error.deadline).toBe('total');
    expect(error.code).toBe('TIMEOUT_TOTAL');
  });

  it('counts retry delays against the total deadline', async () => {
    const { url } = await serve((_request, response) => sendJson(response, 503, {}));
    const timeouts = { headersMs: 200, idleMs: 200, totalMs: 300 };
    const { config } = testConfig(url, {
      timeouts,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      retry: { baseDelayMs: 100, maxDelayMs: 100 },
    });
    const error = (await rejection(createTransport(config).call('download', {}))) as MhbTimeoutError;
    expect(error.deadline).toBe('total');
  });

  it('aborts on the caller signal', async () => {
    const { url } = await serve(never);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = (await rejection(
      createTransport(testConfig(url).config).call('download', {}, { signal: controller.signal }),
    )) as MhbAbortError;
    expect(isMhbAbortError(error)).toBe(true);
    expect((error.cause as Error).message).toBe('user left');
  });

  it('aborts before sending when already aborted', async () => {
    const { url, requests } = await serve(never);
    const error = await rejection(
      createTransport(testConfig(url).config).call('download', {}, { signal: AbortSignal.abort() }),
    );
    expect(isMhbAbortError(error)).toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('aborts during a body read', async () => {
    const { url } = await serve(stallAfterHeaders);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(
      createTransport(testConfig(url).config).call('download', {}, { signal: controller.signal }),
    );
    expect(isMhbAbortError(error)).toBe(true);
  });

  it('aborts during a retry delay', async () => {
    const { url, requests } = await serve((_request, response) => sendJson(response, 503, {}));
    const controller = new AbortController();
    const { config } = testConfig(url, {
      sleep: (_ms, signal) => {
        controller.abort();
        return Promise.reject(signal.reason);
      },
    });
    const error = await rejection(createTransport(config).call('download', {}, { signal: controller.signal }));
    expect(isMhbAbortError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });
});

describe('transport body limits', () => {
  it('rejects a body over the limit while streaming', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(`["${'x'.repeat(600)}`);
      response.write(`${'x'.repeat(600)}"]`);
      response.end();
    });
    const error = (await rejection(
      createTransport(testConfig(url, { maxResponseBytes: 1000 }).config).call('download', {}),
    )) as MhbApiError;
    expect(error.code).toBe('API_BODY_TOO_LARGE');
  });

  it('rejects a declared length over the limit', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' });
      response.end('x'.repeat(5000));
    });
    const error = (await rejection(
      createTransport(testConfig(url, { maxResponseBytes: 1000 }).config).call('download', {}),
    )) as MhbApiError;
    expect(error.code).toBe('API_BODY_TOO_LARGE');
  });

  it('accepts a body at the limit', async () => {
    const body = `"${'x'.repeat(998)}"`;
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    const response = await createTransport(testConfig(url, { maxResponseBytes: 1000 }).config).call('download', {});
    expect(response.body).toHaveLength(998);
  });

  it('rejects a body that is not JSON', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html>系統暫時維護中</html>');
    });
    const error = (await rejection(createTransport(testConfig(url).config).call('download', {}))) as MhbApiError;
    expect(isMhbApiError(error)).toBe(true);
    expect(error.code).toBe('API_BODY_INVALID');
    expect(error.bodyExcerpt).toBe('<html>系統暫時維護中</html>');
  });

  it('returns undefined for an empty body', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const response = await createTransport(testConfig(url).config).call('download', {});
    expect(response.body).toBeUndefined();
  });

  it('strips a byte order mark', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('\uFEFF{"RtnCode":"G000"}');
    });
    const response = await createTransport(testConfig(url).config).call('download', {});
    expect(response.returnCode?.outcome).toBe('success');
  });
});
