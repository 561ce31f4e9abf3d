import { describe, expect, it } from 'vitest';
import { defaultSleep } from './sleep.js';

describe('defaultSleep', () => {
  it('resolves after the delay', async () => {
    const started = Date.now();
    await defaultSleep(20, new AbortController().signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('rejects with the abort reason', async () => {
    const controller = new AbortController();
    const sleeping = defaultSleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });

  it('rejects at once when already aborted', async () => {
    await expect(defaultSleep(10_000, AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
  });
});
