import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type EndpointProfile, OBSERVED_SDK_DEVICE_2019, withBaseUrl } from '@mhbkit/core';
import { ADMIN_PREFIX } from '@mhbkit/testing';

/** A sandbox server running in a child process. */
export interface SandboxProcess {
  readonly url: string;
  readonly apiKey: string;
  /** The observed SDK profile pointed at the sandbox. */
  readonly profile: EndpointProfile;
  /** Issues `count` tickets through the admin route, `parallel` at a time. */
  issueTickets(count: number, parallel?: number): Promise<string[]>;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./sandbox-process.ts', import.meta.url));

/** Tickets issued at once; each builds a zip and derives its password, which runs on libuv's thread pool. */
const DEFAULT_ISSUE_PARALLEL = 8;

/** Starts the sandbox server in a child process and waits for its address. */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@mhbkit/source', SERVER], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await Promise.race([once(lines, 'line'), exitError(child)])) as [string];
  const { url, apiKey } = JSON.parse(first) as { url: string; apiKey: string };
  const profile = withBaseUrl(OBSERVED_SDK_DEVICE_2019, url);

  const issueOne = async (): Promise<string> => {
    const response = await fetch(`${url}${ADMIN_PREFIX}/tickets`, { method: 'POST', body: '{}' });
    if (response.status !== 201) throw new Error(`sandbox: issuing a ticket returned HTTP ${response.status}`);
    return ((await response.json()) as { ticket: string }).ticket;
  };

  return {
    url,
    apiKey,
    profile,
    async issueTickets(count, parallel = DEFAULT_ISSUE_PARALLEL) {
      const tickets: string[] = [];
      while (tickets.length < count) {
        const batch = Math.min(parallel, count - tickets.length);
        tickets.push(...(await Promise.all(Array.from({ length: batch }, issueOne))));
      }
      return tickets;
    },
    async stop() {
      child.stdin!.end();
      await once(child, 'exit');
    },
  };
}

async function exitError(child: ChildProcess): Promise<never> {
  const [code] = await once(child, 'exit');
  throw new Error(`sandbox process exited with code ${String(code)} before listening`);
}
