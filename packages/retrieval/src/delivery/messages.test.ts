import { checkCatalog } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { DELIVERY_MESSAGES } from './messages.js';

describe('DELIVERY_MESSAGES', () => {
  it('passes the catalog check', () => {
    expect(checkCatalog(DELIVERY_MESSAGES)).toEqual([]);
  });
});
