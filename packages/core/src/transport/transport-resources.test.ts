import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

let server: Server;
let url: string;
let connections = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"RtnCode":"0000"}');
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('transport resources', () => {
  it('keeps connections alive', async () => {
    const transport = createTransport(testConfig(url).config);
    const before = connections;

    for (let call = 0; call < 10; call++) await transport.call('download', {});

    // Node 20.20's fetch opens a second connection for the second request against this server, and a plain fetch
    // loop does the same. Without keep-alive, every call would open one.
    expect(connections - before).toBeLessThanOrEqual(2);
  });

  it('leaves no listener on the caller signal', async () => {
    const transport = createTransport(testConfig(url).config);
    const caller = new AbortController();

    for (let call = 0; call < 3; call++) await transport.call('download', {}, { signal: caller.signal });

    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });
});
