import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyFetch } from './proxy-fetch.js';

let target: Server;
let proxy: Server;
let targetUrl: string;
let proxyUrl: string;
const tunnels: string[] = [];
const sockets = new Set<Socket>();

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`);
    });
  });
}

beforeAll(async () => {
  target = createServer((request, response) => {
    response.end(JSON.stringify({ path: request.url }));
  });
  targetUrl = await listen(target);

  // A minimal CONNECT proxy: it records each tunnel's authority and pipes bytes both ways.
  proxy = createServer((_request, response) => {
    response.statusCode = 405;
    response.end();
  });
  proxy.on('connect', (request, client: Socket, head: Buffer) => {
    tunnels.push(request.url ?? '');
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
  });
  proxyUrl = await listen(proxy);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  await new Promise((resolve) => target.close(resolve));
});

describe('createProxyFetch', () => {
  it('returns undefined without a proxy', () => {
    expect(createProxyFetch({ env: {} })).toBeUndefined();
  });

  it('tunnels through HTTP_PROXY', async () => {
    tunnels.length = 0;
    const proxied = createProxyFetch({ env: { HTTP_PROXY: proxyUrl } })!;

    const response = await proxied(`${targetUrl}/download`);
    expect(await response.json()).toEqual({ path: '/download' });
    expect(tunnels).toEqual([targetUrl.replace('http://', '')]);
  });

  it('tunnels https URLs through HTTPS_PROXY', async () => {
    tunnels.length = 0;
    const proxied = createProxyFetch({ env: { HTTPS_PROXY: proxyUrl } })!;
    const httpsUrl = targetUrl.replace('http://', 'https://');

    // The target speaks plain HTTP, so the TLS handshake inside the tunnel fails after the proxy opened it.
    await expect(proxied(`${httpsUrl}/secure`)).rejects.toThrow();
    expect(tunnels).toEqual([httpsUrl.replace('https://', '')]);
  });

  it('reads lower-case http_proxy', async () => {
    tunnels.length = 0;
    const proxied = createProxyFetch({ env: { http_proxy: proxyUrl } })!;
    await (await proxied(`${targetUrl}/lower`)).text();
    expect(tunnels).toHaveLength(1);
  });

  it('bypasses hosts in NO_PROXY', async () => {
    tunnels.length = 0;
    const proxied = createProxyFetch({ env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' } })!;

    const response = await proxied(`${targetUrl}/direct`);
    expect(await response.json()).toEqual({ path: '/direct' });
    expect(tunnels).toEqual([]);
  });

  it('lets options win over the environment', async () => {
    tunnels.length = 0;
    const proxied = createProxyFetch({ httpProxy: proxyUrl, env: { HTTP_PROXY: 'http://127.0.0.1:9' } })!;
    await (await proxied(`${targetUrl}/option`)).text();
    expect(tunnels).toHaveLength(1);
  });

  it('treats a blank variable as unset', () => {
    expect(createProxyFetch({ env: { HTTPS_PROXY: '  ' } })).toBeUndefined();
  });
});
