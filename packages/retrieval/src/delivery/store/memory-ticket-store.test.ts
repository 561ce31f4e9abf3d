import { describe, expect, it } from 'vitest';
import { checkTicketStore } from './check-ticket-store.js';
import { MemoryTicketStore } from './memory-ticket-store.js';
import type { TicketStore } from './ticket-store.js';

describe('MemoryTicketStore', () => {
  it('conforms to TicketStore', async () => {
    const store = new MemoryTicketStore('test');

    expect(await checkTicketStore(() => store, 'test')).toEqual([]);
  });
});

describe('checkTicketStore', () => {
  it('reports a store that forgets', async () => {
    const forgetful: TicketStore = {
      phase: 'test',
      get: async () => undefined,
      put: async () => {},
      list: async () => [],
      delete: async () => {},
    };

    const problems = await checkTicketStore(() => forgetful, 'test');

    expect(problems).toContain('get does not return the record put');
  });

  it('reports the wrong phase', async () => {
    const problems = await checkTicketStore(() => new MemoryTicketStore('production'), 'test');

    expect(problems[0]).toBe('phase is production, expected test');
  });
});
