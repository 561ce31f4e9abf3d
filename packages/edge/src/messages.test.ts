import { checkCatalog } from '@mhbkit/core';
import { expect, it } from 'vitest';
import { EDGE_MESSAGES } from './messages.js';

it('catalog has every code in every locale', () => {
  expect(checkCatalog(EDGE_MESSAGES)).toEqual([]);
});
