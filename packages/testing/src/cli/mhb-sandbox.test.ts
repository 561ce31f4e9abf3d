import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { OBSERVED_SDK_DEVICE_2019, withBaseUrl } from '@mhbkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { callOperation, itemOf } from '../sandbox/test-support/sandbox-client.js';
import { parseCliArguments } from './mhb-sandbox.js';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));

/** Starts the command through tsx with the source condition, so no build is needed. */
function run(args: string[]): { child: ChildProcess; output: () => string; line: (text: string) => Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@mhbkit/source', BIN, ...args], {
    env: { ...process.env, MHB_LOCALE: '' },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });

  const line = async (text: string): Promise<void> => {
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`exited early: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, output: () => output, line };
}

describe('mhb-sandbox', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('serves until SIGINT', async () => {
    const started = run(['--lang', 'en', '--seed', '3']);
    child = started.child;
    await started.line('Press Ctrl-C to stop.');
    const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(started.output())![1]!;
    const apiKey = /Test-phase API key: ([0-9a-f]{32})/.exec(started.output())![1]!;

    const issued = await fetch(`${url}/__sandbox/tickets`, { method: 'POST', body: '{}' });
    const { ticket } = (await issued.json()) as { ticket: string };
    const response = await callOperation(withBaseUrl(OBSERVED_SDK_DEVICE_2019, url), 'download', apiKey, ticket);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');

    expect(itemOf(response)['oType']).toBe('1');
    expect(started.output()).toContain('It is not an NHI key');
    expect(started.output()).toContain('Sandbox stopped.');
    expect(code).toBe(0);
  });

  it('prints zh-TW by default', async () => {
    const started = run([]);
    child = started.child;
    await started.line('按 Ctrl-C 停止。');

    expect(started.output()).toContain('測試階段 API 金鑰：');
    expect(started.output()).toContain('不是 NHI 核發的金鑰');
  });
});

describe('parseCliArguments', () => {
  it('defaults', () => {
    expect(parseCliArguments([])).toEqual({ port: 0, locale: 'zh-TW', seed: '1', readyAfterMs: 0, help: false });
  });

  it('MHB_LOCALE picks English', () => {
    expect(parseCliArguments([], 'en').locale).toBe('en');
  });

  it.each([
    [['--port', '70000']],
    [['--port', '-1']],
    [['--ready-after', 'soon']],
    [['--lang', 'fr']],
    [['--unknown']],
  ])('rejects %o', (args) => {
    expect(() => parseCliArguments(args)).toThrow(/mhb-sandbox --help/);
  });
});
