import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_MESSAGES } from '@mhbkit/core';
import { EDGE_MESSAGES } from '@mhbkit/edge';
import { NODE_MESSAGES } from '@mhbkit/node';
import { DELIVERY_MESSAGES, FILE_MESSAGES, PREAUTH_MESSAGES } from '@mhbkit/retrieval';
import { describe, expect, it } from 'vitest';

// The errors table of both READMEs lists every error code the packages raise. Parser issue codes (FILE_MESSAGES
// without the FILE_ prefix) are not errors, so they stay out of the table.
const ERROR_CODES = [
  ...Object.keys(CORE_MESSAGES.en),
  ...Object.keys(DELIVERY_MESSAGES.en),
  ...Object.keys(FILE_MESSAGES.en).filter((code) => code.startsWith('FILE_')),
  ...Object.keys(PREAUTH_MESSAGES.en),
  ...Object.keys(NODE_MESSAGES.en),
  ...Object.keys(EDGE_MESSAGES.en),
].sort();

function errorsSection(readme: string): string {
  const start = readme.search(/^## (Errors|錯誤)$/m);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end);
}

describe.each(['README.md', 'README.zh-TW.md'])('%s errors table', (name) => {
  const section = errorsSection(readFileSync(join(import.meta.dirname, '../../..', name), 'utf8'));
  const listed = [...section.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]);

  it('lists every error code', () => {
    expect(ERROR_CODES.filter((code) => !listed.includes(code))).toEqual([]);
  });

  it('lists no unknown code', () => {
    expect(listed.filter((code) => !ERROR_CODES.includes(code as string))).toEqual([]);
  });
});
