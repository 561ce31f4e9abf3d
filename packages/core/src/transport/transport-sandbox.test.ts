// The transport against the NHI sandbox from @mhbkit/testing, over real HTTP on 127.0.0.1. The sandbox depends on
// core, so it is imported through the workspace here and not declared as a dependency of core.
import { type RunningSandbox, startSandbox } from '@mhbkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { isMhbConnectionError } from '../errors/connection-error.js';
import { isMhbTimeoutError } from '../errors/timeout-error.js';
import { testConfig } from '../test-support/test-config.js';
import { createTransport } from './transport.js';

let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function sandboxTransport(overrides: Parameters<typeof testConfig>[1] = {}) {
  sandbox = await startSandbox({ assumptions: { minFetchIntervalMs: 0 } });
  const { config, delays } = testConfig(sandbox.url, { apiKey: sandbox.apiKey, ...overrides });
  return { transport: createTransport(config), delays, sandbox };
}

function firstSub(body: unknown): Record<string, unknown> {
  const sub = (body as { sub?: unknown[] }).sub;
  return (sub?.[0] ?? {}) as Record<string, unknown>;
}

describe('transport against the sandbox', () => {
  it('downloads a ready ticket', async () => {
    const { transport, sandbox } = await sandboxTransport();
    const { ticket } = await sandbox.issueTicket({ readyAfterMs: 0 });

    const response = await transport.call('download', { sTicketNum: ticket });

    expect(response.status).toBe(200);
    expect((response.body as { RtnCode: string }).RtnCode).toBe('G000');
    expect(firstSub(response.body).oType).toBe('1');
  });

  it('reads not produced yet', async () => {
    const { transport, sandbox } = await sandboxTransport();
    const { ticket } = await sandbox.issueTicket({ readyAfterMs: 60_000 });

    const response = await transport.call('download', { sTicketNum: ticket });

    expect(firstSub(response.body).oType).toBe('3');
  });

  it('retries an injected 503', async () => {
    const { transport, sandbox, delays } = await sandboxTransport();
    const { ticket } = await sandbox.issueTicket({ readyAfterMs: 0 });
    sandbox.injectFault('download', { kind: 'serverError', status: 503 }, { times: 1 });

    const response = await transport.call('download', { sTicketNum: ticket });

    expect(response.attempts).toBe(2);
    expect(delays).toHaveLength(1);
  });

  it('maps an injected connection reset', async () => {
    const { transport, sandbox } = await sandboxTransport({ retry: { maxRetries: 0 } });
    const { ticket } = await sandbox.issueTicket({ readyAfterMs: 0 });
    sandbox.injectFault('download', { kind: 'connectionReset' });

    const error = await transport.call('download', { sTicketNum: ticket }).catch((caught: unknown) => caught);

    expect(isMhbConnectionError(error)).toBe(true);
  });

  it('times out on injected slow headers', async () => {
    const { transport, sandbox } = await sandboxTransport({
      retry: { maxRetries: 0 },
      timeouts: { headersMs: 100 },
    });
    const { ticket } = await sandbox.issueTicket({ readyAfterMs: 0 });
    sandbox.injectFault('download', { kind: 'slowHeaders', delayMs: 2_000 });

    const error = await transport.call('download', { sTicketNum: ticket }).catch((caught: unknown) => caught);

    expect(isMhbTimeoutError(error)).toBe(true);
  });
});
