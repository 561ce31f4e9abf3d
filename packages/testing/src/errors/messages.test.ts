import { checkCatalog } from '@mhbkit/core';
import { expect, it } from 'vitest';
import { TESTING_MESSAGES } from './messages.js';

it('catalog complete in both locales', () => {
  expect(checkCatalog(TESTING_MESSAGES)).toEqual([]);
});
