import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestHandler, type TestServer } from '../test-support/http-server.js';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

const FAST = { headersMs: 500, idleMs: 500, totalMs: 5000 };

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function codeOf(handler: TestHandler, overrides: Parameters<typeof testConfig>[1] = {}): Promise<string> {
  server = await startTestServer(handler);
  const { config } = testConfig(server.url, { timeouts: FAST, ...overrides });
  try {
    await createTransport(config).call('download', { sTicketNum: 't' });
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('transport attacks', () => {
  it('stops a gzip bomb at the limit', async () => {
    const bomb = gzipSync(new Uint8Array(32 * 1024 * 1024).fill(0x20));

    const code = await codeOf(
      (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        response.end(bomb);
      },
      { maxResponseBytes: 1024 * 1024 },
    );

    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(code).toBe('API_BODY_TOO_LARGE');
  });

  it('reads a small gzip body', async () => {
    const code = await codeOf((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      response.end(gzipSync(new TextEncoder().encode('{"RtnCode":"G000"}')));
    });

    expect(code).toBe('resolved');
  });

  it('fails a body cut short of its length', async () => {
    const code = await codeOf(
      (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
        response.write('{"RtnCode":');
        setTimeout(() => response.socket?.destroy(), 10);
      },
      { retry: { maxRetries: 0 } },
    );

    expect(code).toBe('CONNECTION_FAILED');
  });

  it.each(['-5', '1e3', '99999999999999999999', 'soon'])('gives up on Retry-After %s', async (value) => {
    const code = await codeOf(
      (_request, response) => {
        response.writeHead(503, { 'Retry-After': value });
        response.end('{}');
      },
      { retry: { maxRetries: 1 } },
    );

    expect(code).toBe('API_HTTP_STATUS');
  });
});
