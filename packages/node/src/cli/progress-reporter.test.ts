import { describe, expect, it } from 'vitest';
import { createCliContext } from './context.js';
import { ProgressReporter } from './progress-reporter.js';

const progress = { total: 2, requests: 1, bytes: 10, delivered: 1, committed: 1, acknowledged: 1, failed: 0 };

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stderr = { isTTY, write: (chunk: string | Uint8Array) => chunks.push(String(chunk)) };
  const context = createCliContext('en', { stdout: stderr, stderr, env: {}, cwd: '/' });
  return { reporter: new ProgressReporter(context), output: () => chunks.join('') };
}

describe('ProgressReporter', () => {
  it('redraws a bar on a terminal', () => {
    const { reporter, output } = capture(true);
    reporter.update(progress);
    reporter.finish();
    expect(output()).toBe(
      `\r\x1b[2K[${'#'.repeat(12)}${'-'.repeat(12)}] Tickets 1/2: saved 0, acknowledged 1, failed 0\n`,
    );
  });

  it('prints plain lines without a terminal', () => {
    const { reporter, output } = capture(false);
    reporter.update(progress);
    reporter.update(progress);
    reporter.saved();
    expect(output()).toBe(
      'Tickets 1/2: saved 0, acknowledged 1, failed 0\nTickets 1/2: saved 1, acknowledged 1, failed 0\n',
    );
  });

  it('keeps the bar below a printed line', () => {
    const { reporter, output } = capture(true);
    reporter.update(progress);
    reporter.line('Saved a.json');
    expect(
      output().endsWith(
        `Saved a.json\n[${'#'.repeat(12)}${'-'.repeat(12)}] Tickets 1/2: saved 0, acknowledged 1, failed 0`,
      ),
    ).toBe(true);
  });
});
