import { expect, it } from 'vitest';
import { runQuickstart } from './quickstart.js';

it('quickstart delivers every section', async () => {
  const lines: string[] = [];
  const counts = await runQuickstart((line) => lines.push(line));

  expect(Object.keys(counts)).toHaveLength(14);
  expect(counts['r1']).toBeGreaterThan(0);
  expect(lines[0]).toMatch(/^Z\d{5}\*{4}: \d+ outpatient visits/);
});
