// Redeems tickets with the client against a sandbox process, to profile with `node --cpu-prof`:
// profile-retrieval.ts [tickets] [concurrency]
import { createRetrievalClient } from '@mhbkit/retrieval';
import { startSandboxProcess } from './sandbox-client.js';

const [ticketsText = '200', concurrencyText = '8'] = process.argv.slice(2);
const sandbox = await startSandboxProcess();
try {
  const tickets = await sandbox.issueTickets(Number(ticketsText));
  const client = createRetrievalClient({
    apiKey: sandbox.apiKey,
    phase: 'test',
    profile: sandbox.profile,
    allowUnverifiedProfile: true,
    policy: { minFetchIntervalMs: 0, notReadyRetryAfterMs: 0, failureRetryAfterMs: 0, rateLimitedRetryAfterMs: 0 },
  });

  const start = performance.now();
  let delivered = 0;
  for await (const delivery of client.deliveries({ tickets, concurrency: Number(concurrencyText) })) {
    if (delivery.file.meta.byteLength > 0) delivered += 1;
  }
  console.log(`${delivered} deliveries in ${Math.round(performance.now() - start)} ms`);
} finally {
  await sandbox.stop();
}
