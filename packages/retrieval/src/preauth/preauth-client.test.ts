import { OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { MemoryTicketStore } from '../delivery/store/memory-ticket-store.js';
import { MemoryGrantStore } from './memory-grant-store.js';
import { createPreauthClient, type PreauthClientOptions } from './preauth-client.js';
import { schedulePulls } from './schedule-pulls.js';

const OPTIONS: PreauthClientOptions = {
  apiKey: '0123456789abcdef0123456789abcdef',
  phase: 'test',
  profile: OBSERVED_SDK_DEVICE_2019,
  baseUrl: 'http://127.0.0.1:9',
  allowUnverifiedProfile: true,
  allowUnverifiedProtocol: true,
};

describe('createPreauthClient', () => {
  it('rejects the unverified preset by default', () => {
    expect(() => createPreauthClient({ ...OPTIONS, allowUnverifiedProtocol: false })).toThrow(
      expect.objectContaining({ code: 'PREAUTH_PROTOCOL_UNVERIFIED' }),
    );
  });

  it('rejects a grant store of the other phase', () => {
    expect(() => createPreauthClient({ ...OPTIONS, grants: new MemoryGrantStore('production') })).toThrow(
      expect.objectContaining({ code: 'GRANT_PHASE_MISMATCH' }),
    );
  });

  it('keeps the retrieval client', () => {
    const store = new MemoryTicketStore('test');
    expect(createPreauthClient({ ...OPTIONS, store }).store).toBe(store);
  });

  it('rejects an unknown grant id', async () => {
    await expect(createPreauthClient(OPTIONS).requestFile('missing')).rejects.toMatchObject({
      code: 'GRANT_NOT_FOUND',
    });
  });

  it('rejects a revocation of an unknown grant', async () => {
    await expect(createPreauthClient(OPTIONS).revokeGrant('missing')).rejects.toMatchObject({
      code: 'GRANT_NOT_FOUND',
    });
  });
});

describe('schedulePulls options', () => {
  it.each([
    ['every', { every: 0 }],
    ['jitter', { every: 1, jitter: 1.5 }],
    ['concurrency', { every: 1, concurrency: 0 }],
    ['minUserIntervalMs', { every: 1, minUserIntervalMs: -1 }],
    ['retryAfterMs', { every: 1, retryAfterMs: Number.NaN }],
  ])('rejects an invalid %s', async (option, options) => {
    const schedule = schedulePulls(createPreauthClient(OPTIONS), options);
    await expect(schedule.next()).rejects.toMatchObject({
      code: 'PREAUTH_OPTION_INVALID',
      message: expect.stringContaining(option),
    });
  });

  it('ends at once when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const schedule = schedulePulls(createPreauthClient(OPTIONS), { every: 1, signal: controller.signal });
    expect(await schedule.next()).toEqual({ done: true, value: undefined });
  });
});
