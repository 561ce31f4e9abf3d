// Runs the NHI sandbox HTTP server on 127.0.0.1 in its own process for the retrieval suite, so the server's work
// does not share a thread with the client under test. Prints `{ "url": …, "apiKey": … }` once listening, and
// stops when its standard input closes.
import { startSandbox } from '@mhbkit/testing';

const sandbox = await startSandbox({
  seed: 'bench-retrieval',
  readyAfterMs: 0,
  // The client and the plain loop both download each ticket once, so the interval never applies.
  assumptions: { minFetchIntervalMs: 0 },
});
process.stdout.write(`${JSON.stringify({ url: sandbox.url, apiKey: sandbox.apiKey })}\n`);

process.stdin.resume();
process.stdin.on('end', () => {
  void sandbox.close().then(() => process.exit(0));
});
