import { checkCatalog } from '@mhbkit/core';
import { describe, expect, it } from 'vitest';
import { NODE_MESSAGES } from '../errors/messages.js';
import { CLI_MESSAGES } from './messages.js';

describe('message catalogs', () => {
  it('has every CLI message in both locales', () => {
    expect(checkCatalog(CLI_MESSAGES)).toEqual([]);
  });

  it('has every node error message in both locales', () => {
    expect(checkCatalog(NODE_MESSAGES)).toEqual([]);
  });
});
