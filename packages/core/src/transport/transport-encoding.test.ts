import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineEndpointProfile } from '../profiles/define-endpoint-profile.js';
import type { ApiKeyPlacement, EndpointProfile, RequestEncoding } from '../profiles/endpoint-profile.js';
import { OBSERVED_SDK_DEVICE_2019 } from '../profiles/observed-sdk-device-2019.js';
import { TicketNumber } from '../secrets/ticket-number.js';
import { sendJson, startTestServer, type TestServer } from '../test-support/http-server.js';
import { TEST_API_KEY, testConfig } from '../test-support/test-config.js';
import { VERSION } from '../version.js';
import { createTransport } from './transport.js';

const TICKET = '20200101120000123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer((_request, response) => sendJson(response, 200, { RtnCode: 'G000' }));
});

afterAll(async () => {
  await server.close();
});

function lastRequest() {
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error('no request recorded');
  return request;
}

function profileWith(encoding: RequestEncoding, apiKey: ApiKeyPlacement, method?: 'GET'): EndpointProfile {
  const download = { path: '/api/download', idempotent: true, ...(method === undefined ? {} : { method }) };
  return defineEndpointProfile({
    ...OBSERVED_SDK_DEVICE_2019,
    id: 'test-profile',
    baseUrl: server.url,
    operations: { download, acknowledge: { path: '/api/acknowledge', idempotent: false } },
    encoding,
    apiKey,
  });
}

describe('observed profile encoding', () => {
  it('posts to the download path', async () => {
    await createTransport(testConfig(server.url).config).call('download', {});
    expect(`${lastRequest().method} ${lastRequest().url}`).toBe('POST /IHKE9000/IHKE9006.aspx');
  });

  it('sends one form field json', async () => {
    await createTransport(testConfig(server.url).config).call('download', { sTicketNum: TicketNumber.from(TICKET) });
    const form = new URLSearchParams(lastRequest().body);
    expect([...form.keys()]).toEqual(['json']);
  });

  it('puts the key and ticket inside the JSON', async () => {
    await createTransport(testConfig(server.url).config).call('download', { sTicketNum: TicketNumber.from(TICKET) });
    const json = JSON.parse(new URLSearchParams(lastRequest().body).get('json') ?? '');
    expect(json).toEqual({ sTicketNum: TICKET, sApiKey: TEST_API_KEY });
  });

  it('sets the form content type', async () => {
    await createTransport(testConfig(server.url).config).call('download', {});
    expect(lastRequest().headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
  });

  it('round-trips characters that break form bodies', async () => {
    const text = 'a&b+c=d%e\u0001\n"中文"';
    await createTransport(testConfig(server.url).config).call('download', { note: text });
    const json = JSON.parse(new URLSearchParams(lastRequest().body).get('json') ?? '');
    expect(json.note).toBe(text);
  });

  it('sends the User-Agent', async () => {
    await createTransport(testConfig(server.url).config).call('download', {});
    expect(lastRequest().headers['user-agent']).toBe(`mhbkit/${VERSION}`);
  });

  it('sends a UUID request id', async () => {
    const response = await createTransport(testConfig(server.url).config).call('download', {});
    expect(lastRequest().headers['x-request-id']).toBe(response.requestId);
    expect(response.requestId).toMatch(UUID);
  });

  it('uses a new request id per call', async () => {
    const transport = createTransport(testConfig(server.url).config);
    const first = await transport.call('download', {});
    const second = await transport.call('download', {});
    expect(first.requestId).not.toBe(second.requestId);
  });

  it('keeps the request id across retries', async () => {
    const flaky = await startTestServer((_request, response, index) => sendJson(response, index === 0 ? 503 : 200, {}));
    try {
      await createTransport(testConfig(flaky.url).config).call('download', {});
      const ids = flaky.requests.map((request) => request.headers['x-request-id']);
      expect(ids[0]).toBe(ids[1]);
    } finally {
      await flaky.close();
    }
  });

  it('uses a configured request id header', async () => {
    await createTransport(testConfig(server.url, { requestIdHeader: 'X-Correlation-Id' }).config).call('download', {});
    expect(lastRequest().headers['x-correlation-id']).toMatch(UUID);
  });

  it('does not follow a redirect', async () => {
    const elsewhere = await startTestServer((_request, response) => sendJson(response, 200, {}));
    const redirecting = await startTestServer((_request, response) => {
      response.writeHead(307, { Location: `${elsewhere.url}/steal` });
      response.end();
    });
    try {
      const call = createTransport(testConfig(redirecting.url).config).call('download', {});
      await expect(call).rejects.toMatchObject({ code: 'API_HTTP_STATUS', status: 307 });
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
      await redirecting.close();
    }
  });

  it('returns the return code', async () => {
    const response = await createTransport(testConfig(server.url).config).call('download', {});
    expect(response.returnCode?.code).toBe('G000');
  });

  it('rejects a field named like the key field', async () => {
    const call = createTransport(testConfig(server.url).config).call('download', { sApiKey: 'x' });
    await expect(call).rejects.toMatchObject({ code: 'CONFIG_FIELD_RESERVED', option: 'sApiKey' });
  });

  it('rejects an operation the profile lacks', async () => {
    const call = createTransport(testConfig(server.url).config).call('listConsents', {});
    await expect(call).rejects.toMatchObject({ code: 'CONFIG_OPERATION_UNKNOWN' });
  });
});

describe('configurable encoding', () => {
  it('sends a JSON body', async () => {
    const profile = profileWith({ type: 'json' }, { in: 'json-field', field: 'key' });
    await createTransport(testConfig(server.url, { profile }).config).call('download', { ticket: 'T1' });
    expect(JSON.parse(lastRequest().body)).toEqual({ ticket: 'T1', key: TEST_API_KEY });
    expect(lastRequest().headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('sends the key in a header with a prefix', async () => {
    const profile = profileWith({ type: 'json' }, { in: 'header', header: 'Authorization', prefix: 'Bearer ' });
    await createTransport(testConfig(server.url, { profile }).config).call('download', { ticket: 'T1' });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    expect(JSON.parse(lastRequest().body)).toEqual({ ticket: 'T1' });
  });

  it('sends the key in the query', async () => {
    const profile = profileWith({ type: 'json' }, { in: 'query', parameter: 'api_key' });
    await createTransport(testConfig(server.url, { profile }).config).call('download', {});
    expect(lastRequest().url).toBe(`/api/download?api_key=${TEST_API_KEY}`);
  });

  it('sends the key in its own form field', async () => {
    const profile = profileWith({ type: 'form-json', formField: 'payload' }, { in: 'form-field', field: 'apikey' });
    await createTransport(testConfig(server.url, { profile }).config).call('download', { ticket: 'T1' });
    const form = new URLSearchParams(lastRequest().body);
    expect(Object.fromEntries(form)).toEqual({ payload: '{"ticket":"T1"}', apikey: TEST_API_KEY });
  });

  it('sends GET fields in the query', async () => {
    const profile = profileWith({ type: 'json' }, { in: 'header', header: 'X-Api-Key' }, 'GET');
    await createTransport(testConfig(server.url, { profile }).config).call('download', { ticket: 'T1', page: 2 });
    expect(`${lastRequest().method} ${lastRequest().url}`).toBe('GET /api/download?ticket=T1&page=2');
  });

  it('joins a base URL path prefix', async () => {
    const profile = profileWith({ type: 'json' }, { in: 'header', header: 'X-Api-Key' });
    await createTransport(testConfig(`${server.url}/prefix/`, { profile }).config).call('download', {});
    expect(lastRequest().url).toBe('/prefix/api/download');
  });
});
