import { OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { createClient } from './create-client.js';

const TEST_KEY = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';
const SANDBOX_OPTIONS = { profile: OBSERVED_SDK_DEVICE_2019, allowUnverifiedProfile: true } as const;

function thrown(action: () => unknown): Record<string, unknown> {
  try {
    action();
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected an error');
}

describe('createClient', () => {
  it('takes the phase from MHB_PHASE', () => {
    const client = createClient({ MHB_API_KEY: TEST_KEY, MHB_PHASE: 'production' }, SANDBOX_OPTIONS);

    expect(client.phase).toBe('production');
  });

  it('lets the phase option win', () => {
    const client = createClient(
      { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'production' },
      { ...SANDBOX_OPTIONS, phase: 'test' },
    );

    expect(client.phase).toBe('test');
  });

  it('raises binding errors', () => {
    const error = thrown(() => createClient({ MHB_PHASE: 'test' }, SANDBOX_OPTIONS));

    expect(error['code']).toBe('EDGE_API_KEY_MISSING');
  });

  it('passes the bound base URL to core', () => {
    const bindings = { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: 'http://nhi.example.test' };

    const error = thrown(() => createClient(bindings, SANDBOX_OPTIONS));

    expect(error['name']).toBe('MhbConfigError');
  });

  it('accepts a loopback base URL', () => {
    const bindings = { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', MHB_BASE_URL: 'http://127.0.0.1:8787' };

    expect(createClient(bindings, SANDBOX_OPTIONS).phase).toBe('test');
  });

  it('accepts Deno-style environment records', () => {
    const environment: Record<string, string> = { MHB_API_KEY: TEST_KEY, MHB_PHASE: 'test', HOME: '/home/app' };

    expect(createClient(environment, SANDBOX_OPTIONS).phase).toBe('test');
  });
});
