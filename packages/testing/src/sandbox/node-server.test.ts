import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startSandbox } from './node-server.js';

/** Sends a download request with node:http and resolves once the status line arrives. */
function openDownload(url: string, path: string): Promise<{ status: number; ended: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(new URL(path, url), { method: 'POST' }, (incoming) => {
      const ended = new Promise<string>((done) => {
        incoming.on('close', () => done('closed'));
        incoming.on('error', () => done('error'));
        incoming.resume();
      });
      resolve({ status: incoming.statusCode ?? 0, ended });
    });
    outgoing.on('error', reject);
    outgoing.end('json=%7B%7D');
  });
}

describe('startSandbox', () => {
  it('listens on 127.0.0.1 only', async () => {
    const sandbox = await startSandbox();

    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.profile.baseUrl).toBe(sandbox.url);
    await sandbox.close();
  });

  it('close ends a stalled body', async () => {
    const sandbox = await startSandbox();
    sandbox.injectFault('download', { kind: 'stalledBody', afterBytes: 5 });
    const { status, ended } = await openDownload(sandbox.url, sandbox.profile.operations.download.path);
    await sandbox.close();

    expect(status).toBe(200);
    expect(await ended).toMatch(/closed|error/);
  });

  it('close cancels slow headers', async () => {
    const sandbox = await startSandbox();
    sandbox.injectFault('download', { kind: 'slowHeaders', delayMs: 60_000 });
    const pending = openDownload(sandbox.url, sandbox.profile.operations.download.path);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await sandbox.close();

    await expect(pending).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('oversized body gets 413', async () => {
    const sandbox = await startSandbox();
    const response = await fetch(sandbox.url + sandbox.profile.operations.download.path, {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
    }).catch((error: unknown) => error);

    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(response).toBeInstanceOf(TypeError);
    await sandbox.close();
  });

  it('a taken port is reported', async () => {
    const first = await startSandbox();
    const port = Number(new URL(first.url).port);

    await expect(startSandbox({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.close();
  });
});
