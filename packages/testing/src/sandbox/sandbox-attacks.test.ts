import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_ASSUMPTIONS } from './assumptions.js';
import { createSandboxClock } from './clock.js';
import type { Sandbox } from './create-sandbox.js';
import { type RunningSandbox, startSandbox } from './node-server.js';
import { callOperation, itemOf } from './test-support/sandbox-client.js';

const START = new Date('2026-01-10T02:00:00Z');
const DAY = 24 * 60 * 60_000;

let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function open(readyAfterMs = 0): Promise<RunningSandbox> {
  sandbox = await startSandbox({ clock: START, readyAfterMs });
  return sandbox;
}

const download = (target: Sandbox, ticket: string, apiKey = target.apiKey) =>
  callOperation(target.profile, 'download', apiKey, ticket);
const acknowledge = (target: Sandbox, ticket: string, apiKey = target.apiKey) =>
  callOperation(target.profile, 'acknowledge', apiKey, ticket);

describe('sandbox attacks', () => {
  it('allows a fetch at exactly 60 s', async () => {
    const target = await open(10 * 60_000);
    const { ticket } = await target.issueTicket();
    await download(target, ticket);
    target.clock.advance(59_999);
    const early = await download(target, ticket);
    target.clock.advance(1);
    const onTime = await download(target, ticket);

    expect(early.status).toBe(429);
    expect(onTime.status).toBe(200);
  });

  it('expires at exactly 24 h', async () => {
    const target = await open();
    const { ticket, expiresAt } = await target.issueTicket();
    target.clock.advance(DAY - 1);
    const before = await download(target, ticket);
    target.clock.advance(1);
    target.clock.advance(60_000);
    const after = await download(target, ticket);

    expect(expiresAt.getTime()).toBe(START.getTime() + DAY);
    expect(itemOf(before)['oType']).toBe('1');
    expect(itemOf(after)['oType']).toBe(DEFAULT_SANDBOX_ASSUMPTIONS.expired.downloadType);
  });

  it('rejects a second acknowledgement', async () => {
    const target = await open();
    const { ticket } = await target.issueTicket();
    await download(target, ticket);
    await acknowledge(target, ticket);
    const second = await acknowledge(target, ticket);

    expect(target.requests.at(-1)?.result).toBe('secondAcknowledge');
    expect(second.json?.['RtnCode']).not.toBe('G000');
  });

  it('rejects an acknowledgement with the other phase key', async () => {
    const target = await open();
    const { ticket } = await target.issueTicket();
    await download(target, ticket);
    await acknowledge(target, ticket, target.productionApiKey!);

    expect(target.requests.at(-1)?.result).toBe('acknowledgeRejected');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('clock rejects advance(%s)', (ms) => {
    const clock = createSandboxClock(START);

    expect(() => clock.advance(ms)).toThrow(expect.objectContaining({ code: 'SANDBOX_INVALID_OPTION' }));
    expect(clock.now()).toBe(START.getTime());
  });

  it.each([-60_000, 'soon'])('admin clock rejects %s', async (advanceMs) => {
    const target = await open();
    const response = await fetch(`${target.url}/__sandbox/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs }),
    });

    expect(response.status).toBe(400);
    expect(target.clock.now()).toBe(START.getTime());
  });

  it('request log keeps no key and no full ticket', async () => {
    const target = await open();
    const { ticket } = await target.issueTicket();
    await download(target, ticket);
    await download(target, ticket, `${target.apiKey}x`);
    const log = await (await fetch(`${target.url}/__sandbox/requests`)).text();

    expect(log).not.toContain(target.apiKey);
    expect(log).not.toContain(ticket.slice(0, -4));
  });
});
