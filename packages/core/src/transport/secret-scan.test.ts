import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientOptions } from '../config/client-options.js';
import { resolveClientConfig } from '../config/resolve-client-config.js';
import { defineEndpointProfile } from '../profiles/define-endpoint-profile.js';
import { OBSERVED_SDK_DEVICE_2019 } from '../profiles/observed-sdk-device-2019.js';
import { ServerKey } from '../secrets/server-key.js';
import { TicketNumber } from '../secrets/ticket-number.js';
import { refusedUrl, startTestServer, type TestHandler, type TestServer } from '../test-support/http-server.js';
import { TEST_API_KEY, testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

const SERVER_KEY = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const TICKET = '20200101120000987654321';
const SECRETS = [TEST_API_KEY, SERVER_KEY, TICKET];

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every printable form of an error and of each error in its cause chain. */
function printedForms(error: unknown): string[] {
  const forms: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    forms.push(String(current), JSON.stringify(current) ?? '', inspect(current, { depth: 10, showHidden: true }));
    if (current instanceof Error) forms.push(current.stack ?? '');
    current = current instanceof Error ? current.cause : undefined;
  }
  return forms;
}

function leakedSecrets(texts: readonly string[]): string[] {
  return SECRETS.filter((secret) => texts.some((text) => text.includes(secret)));
}

/** Echoes the request back in every way a careless server might, with the server key in the envelope. */
const echo =
  (status: number): TestHandler =>
  (request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'X-Echo': request.url });
    response.end(
      JSON.stringify({
        RtnCode: 'G003',
        rMsg: `rejected ${request.body} ${decodeURIComponent(request.body)}`,
        sub: [{ oSevKey: SERVER_KEY, oTicketNum: TICKET, sApiKey: TEST_API_KEY }],
      }),
    );
  };

async function failingCall(overrides: Partial<ClientOptions>, signal?: AbortSignal) {
  const { config, logger } = testConfig(overrides.baseUrl ?? 'http://127.0.0.1:9', {
    timeouts: { headersMs: 200, idleMs: 200, totalMs: 2000 },
    ...overrides,
  });
  const fields = { sTicketNum: TicketNumber.from(TICKET), oSevKey: ServerKey.from(SERVER_KEY) };
  const error = await createTransport(config)
    .call('download', fields, signal === undefined ? {} : { signal })
    .then(
      () => expect.unreachable('expected a rejection'),
      (caught: unknown) => caught,
    );
  const logs = logger.lines.map(
    (line) => `${line.message} ${JSON.stringify(line.fields)} ${inspect(line.fields, { depth: 10 })}`,
  );
  return { error, logs };
}

const queryProfile = defineEndpointProfile({
  ...OBSERVED_SDK_DEVICE_2019,
  id: 'query-key',
  encoding: { type: 'json' },
  apiKey: { in: 'query', parameter: 'key' },
});

describe('secret scan', () => {
  it.each([
    ['HTTP status error', 400],
    ['HTTP status error after retries', 503],
  ])('%s leaks nothing', async (_name, status) => {
    server = await startTestServer(echo(status));
    const { error, logs } = await failingCall({ baseUrl: server.url });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('invalid body error leaks nothing', async () => {
    server = await startTestServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end(`oops ${request.body} ${decodeURIComponent(request.body)}`);
    });
    const { error, logs } = await failingCall({ baseUrl: server.url });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('too-large error leaks nothing', async () => {
    server = await startTestServer(echo(200));
    const { error, logs } = await failingCall({ baseUrl: server.url, maxResponseBytes: 10 });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('connection error leaks nothing', async () => {
    const url = await refusedUrl();
    const { error, logs } = await failingCall({ baseUrl: url, profile: queryProfile });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('fetch error with the URL and body leaks nothing', async () => {
    const fetch = async (input: Request | string | URL): Promise<Response> => {
      const request = input as Request;
      const body = await request.text();
      throw new TypeError(`fetch failed for ${request.url}`, { cause: new Error(`socket closed after ${body}`) });
    };
    const { error, logs } = await failingCall({ baseUrl: 'https://mhb.example.org', profile: queryProfile, fetch });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it.each([
    ['headers', () => new Promise<void>(() => undefined)],
    [
      'idle',
      (_request: unknown, response: import('node:http').ServerResponse) => {
        response.writeHead(200);
        response.write('{');
      },
    ],
  ] as const)('%s timeout error leaks nothing', async (_name, handler) => {
    server = await startTestServer(handler as TestHandler);
    const { error, logs } = await failingCall({ baseUrl: server.url });
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('abort error with a secret reason leaks nothing', async () => {
    server = await startTestServer(() => new Promise<void>(() => undefined));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error(`stopped ${TEST_API_KEY} ${TICKET}`)), 30);
    const { error, logs } = await failingCall({ baseUrl: server.url }, controller.signal);
    expect(leakedSecrets([...printedForms(error), ...logs])).toEqual([]);
  });

  it('config errors leak nothing', () => {
    const attempts: Array<Partial<ClientOptions>> = [
      { phase: TEST_API_KEY as 'test' },
      { locale: TEST_API_KEY as 'en' },
      { baseUrl: `http://user:${TEST_API_KEY}@example.org` },
      { baseUrl: `https://example.org/?key=${TEST_API_KEY}` },
      { [TEST_API_KEY.slice(0, 8)]: true } as Partial<ClientOptions>,
    ];
    const forms = attempts.flatMap((overrides) => {
      try {
        resolveClientConfig({
          apiKey: TEST_API_KEY,
          phase: 'test',
          profile: OBSERVED_SDK_DEVICE_2019,
          allowUnverifiedProfile: true,
          ...overrides,
        });
        return ['no error'];
      } catch (error) {
        return printedForms(error);
      }
    });
    expect(leakedSecrets(forms)).toEqual([]);
    expect(forms).not.toContain('no error');
  });

  it('the config itself leaks nothing', () => {
    const { config } = testConfig('http://127.0.0.1:9');
    expect(
      leakedSecrets([JSON.stringify(config), inspect(config, { depth: 10, showHidden: true }), String(config.apiKey)]),
    ).toEqual([]);
  });
});
