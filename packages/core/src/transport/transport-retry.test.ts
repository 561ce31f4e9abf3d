import { afterEach, describe, expect, it } from 'vitest';
import { isMhbApiError, type MhbApiError } from '../errors/api-error.js';
import { isMhbConnectionError } from '../errors/connection-error.js';
import {
  refusedUrl,
  sendJson,
  startTestServer,
  type TestHandler,
  type TestServer,
} from '../test-support/http-server.js';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

const OK_BODY = { RtnCode: 'G000', rMsg: '', sub: null };

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: TestHandler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

/** Responds with the given statuses in turn, then 200. */
function statuses(...sequence: Array<number | [number, Record<string, string>]>): TestHandler {
  return (_request, response, index) => {
    const step = sequence[index];
    if (step === undefined) return sendJson(response, 200, OK_BODY);
    const [status, headers] = Array.isArray(step) ? step : [step, {}];
    sendJson(response, status, { RtnCode: 'G099', rMsg: 'busy' }, headers);
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('transport retries', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries status %i', async (status) => {
    const { url } = await serve(statuses(status));
    const response = await createTransport(testConfig(url).config).call('download', {});
    expect(response.attempts).toBe(2);
  });

  it.each([400, 401, 403, 404])('does not retry status %i', async (status) => {
    const { url, requests } = await serve(statuses(status));
    await rejection(createTransport(testConfig(url).config).call('download', {}));
    expect(requests).toHaveLength(1);
  });

  it('gives up after 2 retries', async () => {
    const { url, requests } = await serve(statuses(503, 503, 503, 503));
    const error = await rejection(createTransport(testConfig(url).config).call('download', {}));
    expect(requests).toHaveLength(3);
    expect(isMhbApiError(error)).toBe(true);
  });

  it('reports the final status', async () => {
    const { url } = await serve(statuses(503, 503, 503));
    const error = (await rejection(createTransport(testConfig(url).config).call('download', {}))) as MhbApiError;
    expect(error.status).toBe(503);
  });

  it('reads the return code of an error body', async () => {
    const { url } = await serve(statuses(503, 503, 503));
    const error = (await rejection(createTransport(testConfig(url).config).call('download', {}))) as MhbApiError;
    expect(error.nhiCode?.code).toBe('G099');
    expect(error.outcome).toBe('unavailable');
  });

  it('keeps a body excerpt', async () => {
    const { url } = await serve(statuses(400));
    const error = (await rejection(createTransport(testConfig(url).config).call('download', {}))) as MhbApiError;
    expect(error.bodyExcerpt).toBe('{"RtnCode":"G099","rMsg":"busy"}');
  });

  it('backs off 0.5 s then 1 s with jitter', async () => {
    const { url } = await serve(statuses(503, 503));
    const { config, delays } = testConfig(url);
    await createTransport(config).call('download', {});
    // random() is 0.5 and jitter 0.25, so each delay is 87.5 % of 500 × 2ⁿ.
    expect(delays).toEqual([438, 875]);
  });

  it('caps the backoff', async () => {
    const { url } = await serve(statuses(503, 503, 503, 503));
    const { config, delays } = testConfig(url, {
      retry: { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 2000, jitter: 0 },
    });
    await createTransport(config).call('download', {});
    expect(delays).toEqual([1000, 2000, 2000, 2000]);
  });

  it('honours Retry-After seconds', async () => {
    const { url } = await serve(statuses([429, { 'Retry-After': '7' }]));
    const { config, delays } = testConfig(url);
    await createTransport(config).call('download', {});
    expect(delays).toEqual([7000]);
  });

  it('honours Retry-After dates', async () => {
    const date = new Date(Date.now() + 30_000).toUTCString();
    const { url } = await serve(statuses([503, { 'Retry-After': date }]));
    const { config, delays } = testConfig(url);
    await createTransport(config).call('download', {});
    expect(delays[0]).toBeGreaterThan(25_000);
    expect(delays[0]).toBeLessThanOrEqual(30_000);
  });

  it('gives up when Retry-After exceeds 60 s', async () => {
    const { url, requests } = await serve(statuses([503, { 'Retry-After': '61' }]));
    await rejection(createTransport(testConfig(url).config).call('download', {}));
    expect(requests).toHaveLength(1);
  });

  it('reports the requested wait when giving up', async () => {
    const { url } = await serve(statuses([429, { 'Retry-After': '120' }]));
    const error = (await rejection(createTransport(testConfig(url).config).call('download', {}))) as MhbApiError;
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('ignores an invalid Retry-After', async () => {
    const { url } = await serve(statuses([503, { 'Retry-After': 'soon' }]));
    const { config, delays } = testConfig(url);
    await createTransport(config).call('download', {});
    expect(delays).toEqual([438]);
  });

  it('does not wait past the total deadline', async () => {
    const { url, requests } = await serve(statuses([503, { 'Retry-After': '50' }]));
    const { config } = testConfig(url, { timeouts: { totalMs: 10_000, headersMs: 5000, idleMs: 5000 } });
    await rejection(createTransport(config).call('download', {}));
    expect(requests).toHaveLength(1);
  });

  it('does not retry when turned off', async () => {
    const { url, requests } = await serve(statuses(503));
    await rejection(createTransport(testConfig(url, { retry: { maxRetries: 0 } }).config).call('download', {}));
    expect(requests).toHaveLength(1);
  });

  it('uses custom retry statuses', async () => {
    const { url, requests } = await serve(statuses(409));
    await createTransport(testConfig(url, { retry: { retryStatuses: [409] } }).config).call('download', {});
    expect(requests).toHaveLength(2);
  });

  it('does not retry acknowledge on 503', async () => {
    const { url, requests } = await serve(statuses(503));
    await rejection(createTransport(testConfig(url).config).call('acknowledge', {}));
    expect(requests).toHaveLength(1);
  });

  it('retries acknowledge on 429', async () => {
    const { url, requests } = await serve(statuses(429));
    await createTransport(testConfig(url).config).call('acknowledge', {});
    expect(requests).toHaveLength(2);
  });

  it('retries acknowledge when the call says it is idempotent', async () => {
    const { url, requests } = await serve(statuses(503));
    await createTransport(testConfig(url).config).call('acknowledge', {}, { idempotent: true });
    expect(requests).toHaveLength(2);
  });

  it('retries a refused connection', async () => {
    const url = await refusedUrl();
    const { config, delays } = testConfig(url);
    const error = await rejection(createTransport(config).call('acknowledge', {}));
    expect(isMhbConnectionError(error)).toBe(true);
    expect(delays).toHaveLength(2);
  });

  it('does not retry acknowledge after a reset', async () => {
    const { url, requests } = await serve((_request, response) => {
      response.socket?.destroy();
    });
    const error = await rejection(createTransport(testConfig(url).config).call('acknowledge', {}));
    expect(isMhbConnectionError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('retries download after a reset', async () => {
    const { url, requests } = await serve((_request, response, index) => {
      if (index === 0) response.socket?.destroy();
      else sendJson(response, 200, OK_BODY);
    });
    await createTransport(testConfig(url).config).call('download', {});
    expect(requests).toHaveLength(2);
  });

  it('logs each retry with the request id', async () => {
    const { url } = await serve(statuses(503));
    const { config, logger } = testConfig(url);
    const response = await createTransport(config).call('download', {});
    const retries = logger.lines.filter((line) => line.message === 'retrying request');
    expect(retries).toEqual([
      {
        level: 'warn',
        message: 'retrying request',
        fields: {
          requestId: response.requestId,
          operation: 'download',
          attempt: 1,
          delayMs: 438,
          reason: 'status 503',
        },
      },
    ]);
  });

  it('logs giving up', async () => {
    const { url } = await serve(statuses(400));
    const { config, logger } = testConfig(url);
    await rejection(createTransport(config).call('download', {}));
    expect(logger.lines.filter((line) => line.level === 'error').map((line) => line.message)).toEqual([
      'request failed',
    ]);
  });
});
