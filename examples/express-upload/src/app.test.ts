import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@mhbkit/node';
import type { MedicalFile, ReceivedFile } from '@mhbkit/retrieval';
import { type IssuedTicket, type RunningSandbox, startSandbox } from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUploadApp } from './app.js';

let sandbox: RunningSandbox;
let issued: IssuedTicket;
let server: Server;
let baseUrl: string;
const stored: ReceivedFile<MedicalFile>[] = [];
const logged: { message: string; fields: unknown }[] = [];
const record = (message: string, fields?: unknown) => logged.push({ message, fields });
const logger = { debug: record, info: record, warn: record, error: record };

function listen(app: ReturnType<typeof createUploadApp>): Promise<Server> {
  return new Promise((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'express-upload' });
  issued = await sandbox.issueTicket({ file: { visits: 8 } });
  const client = createClient({
    apiKey: sandbox.apiKey,
    phase: 'test',
    profile: sandbox.profile,
    allowUnverifiedProfile: true,
  });
  const app = createUploadApp({
    client,
    logger,
    maxZipBytes: 1024 * 1024,
    store: async (received) => {
      stored.push(received);
    },
  });
  server = await listen(app);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await sandbox.close();
});

function form(parts: { zip?: Uint8Array; serverKey?: string }): FormData {
  const body = new FormData();
  if (parts.serverKey !== undefined) body.set('serverKey', parts.serverKey);
  if (parts.zip !== undefined) body.set('zip', new Blob([new Uint8Array(parts.zip)]), issued.fileName);
  return body;
}

async function upload(body: FormData | string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/uploads`, { method: 'POST', body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('POST /uploads', () => {
  it('stores a valid upload', async () => {
    const before = stored.length;
    const { status, json } = await upload(form({ zip: issued.zip, serverKey: issued.serverKey }));
    const r1 = issued.summary.sections.r1;

    expect(status).toBe(201);
    expect(stored.length).toBe(before + 1);
    expect((json['records'] as Record<string, number>)['r1']).toBe(r1.records);
    expect(json['rawSha256']).toBe(stored.at(-1)?.rawSha256);
    expect(json['phase']).toBe('test');
  });

  it('rejects a wrong server key', async () => {
    const wrongKey = issued.serverKey.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    const { status, json } = await upload(form({ zip: issued.zip, serverKey: wrongKey }));

    expect(status).toBe(422);
    expect(json['code']).toBe('ZIP_WRONG_PASSWORD');
    expect(logged.at(-1)).toEqual({ message: 'upload rejected', fields: { status: 422, code: 'ZIP_WRONG_PASSWORD' } });
    expect(JSON.stringify(json)).not.toContain(wrongKey);
  });

  it('rejects a corrupt zip', async () => {
    const { status, json } = await upload(form({ zip: issued.zip.slice(0, 100), serverKey: issued.serverKey }));

    expect(status).toBe(422);
    expect(String(json['code'])).toMatch(/^ZIP_/);
  });

  it('rejects a missing server key', async () => {
    const { status, json } = await upload(form({ zip: issued.zip }));

    expect(status).toBe(400);
    expect(json['code']).toBe('UPLOAD_PART_MISSING');
  });

  it('rejects a zip over the limit', async () => {
    const { status, json } = await upload(form({ zip: new Uint8Array(2 * 1024 * 1024), serverKey: issued.serverKey }));

    expect(status).toBe(413);
    expect(json['code']).toBe('UPLOAD_TOO_LARGE');
  });

  it('rejects a body that is not multipart', async () => {
    const { status, json } = await upload('serverKey=abc');

    expect(status).toBe(415);
    expect(json['code']).toBe('UPLOAD_NOT_MULTIPART');
  });
});
