import { deriveZipPassword, type EndpointProfile, OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import { openDeliveryZip } from '@mhbkit/retrieval';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_ASSUMPTIONS } from './assumptions.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './create-sandbox.js';
import { createSandboxHandlers } from './msw-handlers.js';
import { startSandbox } from './node-server.js';
import { callOperation, decodeBase64, itemOf } from './test-support/sandbox-client.js';

type Start = (options?: SandboxOptions) => Promise<{ sandbox: Sandbox; close: () => Promise<void> }>;

const startHttp: Start = async (options) => {
  const sandbox = await startSandbox(options);
  return { sandbox, close: () => sandbox.close() };
};

const startMsw: Start = async (options) => {
  const sandbox = createSandbox(options);
  const server = setupServer(...createSandboxHandlers(sandbox));
  server.listen({ onUnhandledRequest: 'error' });
  return { sandbox, close: async () => server.close() };
};

const START = new Date('2026-01-10T02:00:00Z');
const MINUTE = 60_000;

describe.each([
  ['http', startHttp],
  ['msw', startMsw],
] as const)('sandbox over %s', (_, start) => {
  let close: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  async function open(options: SandboxOptions = {}): Promise<Sandbox> {
    const started = await start({ clock: START, ...options });
    close = started.close;
    return started.sandbox;
  }

  const download = (sandbox: Sandbox, ticket: string | undefined, apiKey = sandbox.apiKey) =>
    callOperation(sandbox.profile, 'download', apiKey, ticket);
  const acknowledge = (sandbox: Sandbox, ticket: string | undefined, apiKey = sandbox.apiKey) =>
    callOperation(sandbox.profile, 'acknowledge', apiKey, ticket);

  it('download returns the encrypted zip', async () => {
    const sandbox = await open();
    const issued = await sandbox.issueTicket({ file: { visits: 5 } });
    const response = await download(sandbox, issued.ticket);
    const item = itemOf(response);
    const zip = decodeBase64(item['oFile']!);
    const opened = await openDeliveryZip(zip, { password: await deriveZipPassword(sandbox.apiKey, item['oSevKey']!) });

    expect(response.status).toBe(200);
    expect(response.json?.['RtnCode']).toBe('G000');
    expect(item['oType']).toBe('1');
    expect(item['oSevKey']).toMatch(/^[0-9a-f]{32}$/);
    expect(item['oFileName']).toMatch(/^\d{16}\.zip$/);
    expect(item['oFileSize']).toBe(String(zip.length));
    expect(opened.content.length).toBe(issued.summary.bytes);
    expect(new TextDecoder().decode(opened.content)).toContain(`"b1.1": "${issued.maskedId}"`);
  });

  it('not ready until the delay passes', async () => {
    const sandbox = await open({ readyAfterMs: 5 * MINUTE });
    const { ticket } = await sandbox.issueTicket();
    const early = await download(sandbox, ticket);
    sandbox.clock.advance(5 * MINUTE);
    const late = await download(sandbox, ticket);

    expect(itemOf(early)['oType']).toBe('3');
    expect(itemOf(early)['oFile']).toBeUndefined();
    expect(itemOf(late)['oType']).toBe('1');
  });

  it('second fetch within 60 s is rejected', async () => {
    const sandbox = await open({ readyAfterMs: 5 * MINUTE });
    const { ticket } = await sandbox.issueTicket();
    await download(sandbox, ticket);
    sandbox.clock.advance(20_000);
    const tooSoon = await download(sandbox, ticket);
    sandbox.clock.advance(40_000);
    const allowed = await download(sandbox, ticket);

    expect(tooSoon.status).toBe(429);
    expect(tooSoon.headers.get('retry-after')).toBe('40');
    expect(allowed.status).toBe(200);
  });

  it('fetch interval configurable', async () => {
    const sandbox = await open({ readyAfterMs: MINUTE, assumptions: { minFetchIntervalMs: 0 } });
    const { ticket } = await sandbox.issueTicket();
    await download(sandbox, ticket);
    const again = await download(sandbox, ticket);

    expect(again.status).toBe(200);
    expect(itemOf(again)['oType']).toBe('3');
  });

  it('unknown API key gets G003', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    const response = await download(sandbox, ticket, 'ffffffffffffffffffffffffffffffff');

    expect(response.json?.['RtnCode']).toBe('G003');
    expect(response.json?.['sub']).toBeNull();
  });

  it('blank API key gets G003', async () => {
    const sandbox = await open();
    const response = await download(sandbox, 'x', '   ');

    expect(response.json?.['RtnCode']).toBe('G003');
  });

  it('unknown ticket gets oType 4', async () => {
    const sandbox = await open();
    const response = await download(sandbox, '20260110000000123456789');

    expect(itemOf(response)['oType']).toBe('4');
  });

  it('other phase ticket gets oType 4', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket({ apiKey: sandbox.productionApiKey! });
    const response = await download(sandbox, ticket);

    expect(itemOf(response)['oType']).toBe('4');
  });

  it('expired after 24 hours', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    sandbox.clock.advance(24 * 60 * MINUTE);
    const response = await download(sandbox, ticket);

    expect(itemOf(response)['oType']).toBe(DEFAULT_SANDBOX_ASSUMPTIONS.expired.downloadType);
    expect(itemOf(response)['oType']).toBe('2');
  });

  it('expiry response configurable', async () => {
    const sandbox = await open({ assumptions: { expired: { httpStatus: 410, returnCode: 'G999' } } });
    const { ticket } = await sandbox.issueTicket();
    sandbox.clock.advance(25 * 60 * MINUTE);
    const response = await download(sandbox, ticket);

    expect(response.status).toBe(410);
    expect(response.json?.['RtnCode']).toBe('G999');
  });

  it('acknowledge accepted once', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    await download(sandbox, ticket);
    const first = await acknowledge(sandbox, ticket);
    const second = await acknowledge(sandbox, ticket);

    expect(first.json).toEqual({ RtnCode: 'G000', rMsg: expect.any(String), sub: null });
    expect(second.json?.['RtnCode']).toBe(DEFAULT_SANDBOX_ASSUMPTIONS.secondAcknowledge.returnCode);
  });

  it('acknowledge before download fails', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    const response = await acknowledge(sandbox, ticket);

    expect(response.json?.['RtnCode']).toBe('G004');
  });

  it('acknowledge of unknown ticket fails', async () => {
    const sandbox = await open();
    const response = await acknowledge(sandbox, '20260110000000999999999');

    expect(response.json?.['RtnCode']).toBe('G004');
  });

  it('download after acknowledge gets oType 2', async () => {
    const sandbox = await open({ assumptions: { minFetchIntervalMs: 0 } });
    const { ticket } = await sandbox.issueTicket();
    await download(sandbox, ticket);
    await acknowledge(sandbox, ticket);
    const response = await download(sandbox, ticket);

    expect(itemOf(response)['oType']).toBe('2');
  });

  it('test key rejects a non-virtual person', async () => {
    const sandbox = await open();

    await expect(sandbox.issueTicket({ person: { maskedId: 'A12345****' } })).rejects.toMatchObject({
      code: 'SANDBOX_NON_VIRTUAL_PERSON',
    });
  });

  it('production key accepts a non-virtual person', async () => {
    const sandbox = await open();
    const issued = await sandbox.issueTicket({ person: { maskedId: 'A12345****' }, apiKey: sandbox.productionApiKey! });
    const response = await download(sandbox, issued.ticket, sandbox.productionApiKey!);

    expect(issued.phase).toBe('production');
    expect(itemOf(response)['oType']).toBe('1');
  });

  it('unreadable request gets G001', async () => {
    const sandbox = await open();
    const response = await fetch(sandbox.url + OBSERVED_SDK_DEVICE_2019.operations.download.path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'json=%7Bnot-json',
    });

    expect((await response.json()).RtnCode).toBe('G001');
  });

  it('unknown path gets 404', async () => {
    const sandbox = await open();
    const response = await fetch(`${sandbox.url}/IHKE9000/IHKE9003.aspx`, { method: 'POST' });

    expect(response.status).toBe(404);
  });

  it('request log keeps no secrets', async () => {
    const sandbox = await open();
    const issued = await sandbox.issueTicket();
    await download(sandbox, issued.ticket);
    const logged = JSON.stringify(sandbox.requests);

    expect(sandbox.requests).toEqual([
      { at: START.getTime(), operation: 'download', ticket: issued.ticket.slice(-4), result: 'ready', httpStatus: 200 },
    ]);
    expect(logged).not.toContain(issued.ticket);
    expect(logged).not.toContain(sandbox.apiKey);
    expect(logged).not.toContain(issued.serverKey);
  });

  it('server error fault with Retry-After', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    sandbox.injectFault('download', { kind: 'serverError', status: 502, retryAfterSeconds: 7 }, { times: 1 });
    const failed = await download(sandbox, ticket);
    const next = await download(sandbox, ticket);

    expect(failed.status).toBe(502);
    expect(failed.headers.get('retry-after')).toBe('7');
    expect(next.status).toBe(200);
    expect(itemOf(next)['oType']).toBe('1');
  });

  it('fault lasts until cleared', async () => {
    const sandbox = await open();
    sandbox.injectFault('acknowledge', { kind: 'serverError' });
    const first = await acknowledge(sandbox, 'x');
    const second = await acknowledge(sandbox, 'x');
    sandbox.clearFaults();
    const third = await acknowledge(sandbox, 'x');

    expect(first.status).toBe(503);
    expect(second.status).toBe(503);
    expect(third.status).toBe(200);
  });

  it('connection reset fault', async () => {
    const sandbox = await open();
    sandbox.injectFault('download', { kind: 'connectionReset' }, { times: 1 });

    await expect(download(sandbox, 'x')).rejects.toThrow(TypeError);
    expect(sandbox.requests.at(-1)).toMatchObject({ result: 'fault:connectionReset', httpStatus: 0 });
  });

  it('slow headers fault', async () => {
    const sandbox = await open();
    sandbox.injectFault('download', { kind: 'slowHeaders', delayMs: 5_000 }, { times: 1 });
    const signal = AbortSignal.timeout(200);

    await expect(callOperation(sandbox.profile, 'download', sandbox.apiKey, 'x', { signal })).rejects.toThrow();
  });

  it('slow headers arrive after the delay', async () => {
    const sandbox = await open();
    sandbox.injectFault('download', { kind: 'slowHeaders', delayMs: 150 }, { times: 1 });
    const started = performance.now();
    const response = await download(sandbox, 'x');

    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(itemOf(response)['oType']).toBe('4');
  });

  it('stalled body fault', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    sandbox.injectFault('download', { kind: 'stalledBody', afterBytes: 10 }, { times: 1 });
    const controller = new AbortController();
    const response = await fetch(sandbox.url + sandbox.profile.operations.download.path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ json: JSON.stringify({ sApiKey: sandbox.apiKey, sTicketNum: ticket }) }),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const first = await reader.read();
    const timer = setTimeout(() => controller.abort(), 200);

    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(first.value)).toBe('{"RtnCode"');
    await expect(reader.read()).rejects.toThrow();
    clearTimeout(timer);
  });

  it.each([
    ['invalidJson', undefined],
    ['missingReturnCode', 'missing'],
  ] as const)('malformed envelope %s', async (variant, expected) => {
    const sandbox = await open();
    sandbox.injectFault('download', { kind: 'malformedEnvelope', variant }, { times: 1 });
    const response = await download(sandbox, 'x');

    expect(response.status).toBe(200);
    if (expected === undefined) expect(response.json).toBeUndefined();
    else expect(response.json?.['RtnCode']).toBeUndefined();
  });

  it('corrupt zip fault', async () => {
    const sandbox = await open();
    const { ticket } = await sandbox.issueTicket();
    sandbox.injectFault('download', { kind: 'corruptZip' }, { times: 1 });
    const item = itemOf(await download(sandbox, ticket));
    const password = await deriveZipPassword(sandbox.apiKey, item['oSevKey']!);

    await expect(openDeliveryZip(decodeBase64(item['oFile']!), { password })).rejects.toMatchObject({
      code: expect.stringMatching(/^ZIP_/),
    });
  });

  it('wrong server key fault', async () => {
    const sandbox = await open();
    const issued = await sandbox.issueTicket();
    sandbox.injectFault('download', { kind: 'wrongServerKey' }, { times: 1 });
    const item = itemOf(await download(sandbox, issued.ticket));
    const password = await deriveZipPassword(sandbox.apiKey, item['oSevKey']!);

    expect(item['oSevKey']).not.toBe(issued.serverKey);
    await expect(openDeliveryZip(decodeBase64(item['oFile']!), { password })).rejects.toMatchObject({
      code: 'ZIP_WRONG_PASSWORD',
    });
  });

  it('ready fault waits for a ready download', async () => {
    const sandbox = await open({ readyAfterMs: MINUTE });
    const issued = await sandbox.issueTicket();
    sandbox.injectFault('download', { kind: 'wrongServerKey' }, { times: 1 });
    await download(sandbox, issued.ticket);
    sandbox.clock.advance(MINUTE);
    const item = itemOf(await download(sandbox, issued.ticket));

    expect(item['oSevKey']).not.toBe(issued.serverKey);
  });

  it('non-default profile', async () => {
    const profile: EndpointProfile = {
      ...OBSERVED_SDK_DEVICE_2019,
      id: 'sandbox-json-header',
      operations: {
        download: { path: '/v1/files/download', idempotent: true },
        acknowledge: { path: '/v1/files/ack', idempotent: false },
      },
      encoding: { type: 'json' },
      apiKey: { in: 'header', header: 'Authorization', prefix: 'Bearer ' },
      requestFields: { ticketNumber: 'ticket' },
      responseFields: { ...OBSERVED_SDK_DEVICE_2019.responseFields, returnCode: 'code', downloadType: 'type' },
    };
    const sandbox = await open({ profile });
    const { ticket } = await sandbox.issueTicket();
    const response = await download(sandbox, ticket);
    const rejected = await download(sandbox, ticket, 'ffffffffffffffffffffffffffffffff');

    expect(response.json?.['code']).toBe('G000');
    expect(itemOf(response)['type']).toBe('1');
    expect(rejected.json?.['code']).toBe('G003');
  });

  it('unimplemented operation gets 501', async () => {
    const sandbox = await open();
    const response = await callOperation(sandbox.profile, 'requestProduction', sandbox.apiKey, undefined);

    expect(response.status).toBe(501);
  });

  it('added route serves an operation', async () => {
    const sandbox = await open();
    sandbox.route('requestProduction', ({ engine }) => ({
      reply: { status: 200, headers: {}, body: '{"RtnCode":"G000"}', delivery: { kind: 'normal' } },
      result: `produced:${engine.tickets.size}`,
    }));
    const response = await callOperation(sandbox.profile, 'requestProduction', sandbox.apiKey, undefined);

    expect(response.json?.['RtnCode']).toBe('G000');
    expect(sandbox.requests.at(-1)?.result).toBe('produced:0');
  });

  it('throwing route gets 500', async () => {
    const sandbox = await open();
    sandbox.route('requestProduction', () => {
      throw new RangeError('boom');
    });
    const response = await callOperation(sandbox.profile, 'requestProduction', sandbox.apiKey, undefined);

    expect(response.status).toBe(500);
    expect(sandbox.requests.at(-1)?.result).toBe('internalError:RangeError');
  });

  it('admin route rejects an unknown fault', async () => {
    const sandbox = await open();
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'download', fault: { kind: 'meltdown' } }),
    });

    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('INVALID_FAULT');
  });

  it('admin route issues a ticket', async () => {
    const sandbox = await open();
    const issued = await fetch(`${sandbox.url}/__sandbox/tickets`, {
      method: 'POST',
      body: JSON.stringify({ file: { visits: 2 } }),
    });
    const body = (await issued.json()) as { ticket: string; phase: string };
    const response = await download(sandbox, body.ticket);

    expect(issued.status).toBe(201);
    expect(body.phase).toBe('test');
    expect(body).not.toHaveProperty('serverKey');
    expect(itemOf(response)['oType']).toBe('1');
  });

  it('admin route rejects a non-virtual person', async () => {
    const sandbox = await open();
    const response = await fetch(`${sandbox.url}/__sandbox/tickets`, {
      method: 'POST',
      body: JSON.stringify({ person: { maskedId: 'B12345****' } }),
    });

    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('SANDBOX_NON_VIRTUAL_PERSON');
  });

  it('admin route injects a fault and moves the clock', async () => {
    const sandbox = await open();
    const injected = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'download', fault: { kind: 'serverError' }, times: 1 }),
    });
    const failed = await download(sandbox, 'x');
    await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: MINUTE }) });

    expect(injected.status).toBe(201);
    expect(failed.status).toBe(503);
    expect(sandbox.clock.now()).toBe(START.getTime() + MINUTE);
  });
});

describe('createSandbox', () => {
  it('rejects apps without a test phase', () => {
    expect(() => createSandbox({ apps: [{ apiKey: 'a'.repeat(32), phase: 'production' }] })).toThrow(
      expect.objectContaining({ code: 'SANDBOX_INVALID_OPTION' }),
    );
  });

  it('keys are deterministic per seed', () => {
    expect(createSandbox({ seed: 5 }).apiKey).toBe(createSandbox({ seed: 5 }).apiKey);
    expect(createSandbox({ seed: 5 }).apiKey).not.toBe(createSandbox({ seed: 6 }).apiKey);
  });

  it('rejects an unknown issuing key', async () => {
    await expect(createSandbox().issueTicket({ apiKey: 'f'.repeat(32) })).rejects.toMatchObject({
      code: 'SANDBOX_UNKNOWN_API_KEY',
    });
  });
});
