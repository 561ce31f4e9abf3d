import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveClientConfig } from '../config/resolve-client-config.js';
import { OBSERVED_SDK_DEVICE_2019 } from '../profiles/observed-sdk-device-2019.js';
import { redact } from '../secrets/redact.js';
import { startTestServer, type TestServer } from '../test-support/http-server.js';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

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

/** Keys with characters that JSON, percent and form encoding each write differently. */
const ODD_KEYS = [
  ['form-special', "ab!c'd(e)f*g~h i+j/k=l&m"],
  ['json-special', 'ab"cd\\ef\tgh/ij"kl'],
  ['unicode', '健康存摺-金鑰-9f3a-ñé'],
  ['long', 'k'.repeat(4096)],
] as const;

describe('secret scan with odd keys', () => {
  it.each(ODD_KEYS)('%s key leaks nothing from an echoed body', async (_name, key) => {
    server = await startTestServer((request, response) => {
      response.writeHead(400, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ RtnCode: 'G003', rMsg: `rejected ${request.body}` }));
    });
    const { config, logger } = testConfig(server.url, { apiKey: key, retry: { maxRetries: 0 } });
    const error = await createTransport(config)
      .call('download', { sTicketNum: 'x' })
      .then(
        () => expect.unreachable('expected a rejection'),
        (caught: unknown) => caught,
      );
    const logs = logger.lines.map((line) => `${line.message} ${inspect(line.fields, { depth: 10 })}`);
    const texts = [...printedForms(error), ...logs];
    // The body the server echoed is the key as the form sent it; any of its forms must be gone.
    const sentBody = server.requests[0]?.body ?? '';
    const sentKey = sentBody.slice(sentBody.indexOf('sApiKey') + 'sApiKey'.length);
    expect(sentKey.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes(key))).toEqual([]);
    expect(texts.filter((text) => text.includes(sentKey.slice(10, -10)))).toEqual([]);
  });

  it('redact survives a lone surrogate', () => {
    const key = `abcd\uD800efgh`;
    expect(redact(`x ${key} y`, [key])).toBe('x <redacted> y');
  });

  it.each([
    ['slash', 'AbCdEf/GhIjKl+MnOp=='],
    ['colon', 'abcd:0123456789abcdef'],
    ['dot', 'key.0123456789abcdef'],
  ])('swapped base URL with a %s key leaks nothing', (_name, key) => {
    let caught: unknown;
    try {
      resolveClientConfig({
        apiKey: key,
        phase: 'test',
        profile: OBSERVED_SDK_DEVICE_2019,
        allowUnverifiedProfile: true,
        baseUrl: key,
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeDefined();
    expect(printedForms(caught).filter((text) => text.includes(key.slice(5)))).toEqual([]);
  });
});
