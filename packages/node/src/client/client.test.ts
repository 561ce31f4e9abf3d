import { MemoryTicketStore } from '@mhbkit/retrieval';
import { type RunningSandbox, startSandbox } from '@mhbkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './create-client.js';
import { readClientEnv } from './read-client-env.js';

describe('readClientEnv', () => {
  it('trims values and drops empty ones', () => {
    const env = readClientEnv({ MHB_API_KEY: ' key\n', MHB_PHASE: 'test ', MHB_BASE_URL: '', MHB_LOCALE: '  ' });
    expect(env).toStrictEqual({ apiKey: 'key', phase: 'test' });
  });

  it('resolves locale tags', () => {
    expect(readClientEnv({ MHB_LOCALE: 'en-US' }).locale).toBe('en');
    expect(readClientEnv({ MHB_LOCALE: 'zh_TW' }).locale).toBe('zh-TW');
  });

  it.each([
    ['MHB_PHASE', { MHB_PHASE: 'staging' }],
    ['MHB_LOCALE', { MHB_LOCALE: 'fr' }],
  ])('rejects an invalid %s', (name, env) => {
    expect(() => readClientEnv(env)).toThrow(expect.objectContaining({ code: 'NODE_ENV_INVALID' }));
    expect(() => readClientEnv(env, 'en')).toThrow(name);
  });
});

describe('createClient', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ readyAfterMs: 0 });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  const sandboxEnv = () => ({ MHB_API_KEY: sandbox.apiKey, MHB_PHASE: 'test', MHB_BASE_URL: sandbox.url });

  it('redeems a ticket with settings from the environment', async () => {
    const issued = await sandbox.issueTicket({ file: { seed: 41, visits: 2 } });
    const client = createClient({ env: sandboxEnv(), allowUnverifiedProfile: true });

    const outcome = await client.redeem(issued.ticket);
    expect(outcome.status).toBe('ready');
  });

  it('lets explicit options win', () => {
    const client = createClient({
      env: { ...sandboxEnv(), MHB_PHASE: 'production' },
      phase: 'test',
      allowUnverifiedProfile: true,
      store: new MemoryTicketStore('test'),
    });
    expect(client.phase).toBe('test');
  });

  it.each([
    ['apiKey', { MHB_PHASE: 'test' }, 'MHB_API_KEY'],
    ['phase', { MHB_API_KEY: 'key' }, 'MHB_PHASE'],
  ])('names %s when it is missing', (_option, env, variable) => {
    expect(() => createClient({ env, locale: 'en', allowUnverifiedProfile: true })).toThrow(variable);
  });

  it('requires allowUnverifiedProfile for the observed profile', () => {
    expect(() => createClient({ env: sandboxEnv() })).toThrow(expect.objectContaining({ code: expect.any(String) }));
  });
});
