import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createSandbox, type Sandbox } from './create-sandbox.js';

const START = Date.UTC(2026, 0, 10, 2);
const MINUTE = 60_000;

type Step = { kind: 'download' | 'acknowledge'; key: 'test' | 'production' } | { kind: 'advance'; ms: number };

/** Sends one operation straight to the engine, as the adapters do. */
async function call(sandbox: Sandbox, operation: 'download' | 'acknowledge', apiKey: string, ticket: string) {
  const path = sandbox.profile.operations[operation]!.path;
  const body = new URLSearchParams({ json: JSON.stringify({ sApiKey: apiKey, sTicketNum: ticket }) });
  const reply = await sandbox.handle(new Request(sandbox.url + path, { method: 'POST', body }));
  const envelope = JSON.parse(reply.body) as { RtnCode: string; sub: { oType: string }[] | null };
  return { status: reply.status, returnCode: envelope.RtnCode, downloadType: envelope.sub?.[0]?.oType };
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('download' as const), key: fc.constantFrom('test' as const, 'production' as const) }),
  fc.record({
    kind: fc.constant('acknowledge' as const),
    key: fc.constantFrom('test' as const, 'production' as const),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 30 * 60 * MINUTE }) }),
);

it('ticket rules hold for any call sequence', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 10 * MINUTE }),
      fc.array(step, { minLength: 1, maxLength: 25 }),
      async (readyAfterMs, steps) => {
        const sandbox = createSandbox({ clock: START, readyAfterMs });
        const issued = await sandbox.issueTicket({ file: { visits: 1 } });
        let lastFetch: number | undefined;
        let downloaded = false;
        let acknowledged = 0;

        for (const current of steps) {
          if (current.kind === 'advance') {
            sandbox.clock.advance(current.ms);
            continue;
          }
          const now = sandbox.clock.now();
          const key = current.key === 'test' ? sandbox.apiKey : sandbox.productionApiKey!;
          const result = await call(sandbox, current.kind, key, issued.ticket);
          const expired = now >= issued.expiresAt.getTime();

          if (current.key === 'production') {
            // A ticket issued to the test key is unknown to the production key.
            expect(result.downloadType ?? result.returnCode).toBe(current.kind === 'download' ? '4' : 'G004');
            continue;
          }
          if (current.kind === 'acknowledge') {
            expect(result.returnCode === 'G000').toBe(!expired && downloaded && acknowledged === 0);
            if (result.returnCode === 'G000') acknowledged += 1;
            continue;
          }

          const ready = result.downloadType === '1';
          const tooSoon = lastFetch !== undefined && now - lastFetch < sandbox.assumptions.minFetchIntervalMs;
          if (!expired && acknowledged === 0 && !tooSoon) {
            expect(ready).toBe(now >= issued.readyAt.getTime());
          }
          expect(ready && (expired || acknowledged > 0)).toBe(false);
          expect(ready && now < issued.readyAt.getTime()).toBe(false);
          if (result.status === 429) {
            expect(tooSoon).toBe(true);
          } else if (!expired && acknowledged === 0) {
            lastFetch = now;
          }
          downloaded ||= ready;
        }
        expect(acknowledged).toBeLessThanOrEqual(1);
      },
    ),
    { numRuns: 60 },
  );
});
