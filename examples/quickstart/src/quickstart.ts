import { pathToFileURL } from 'node:url';
import { createClient } from '@mhbkit/node';
import { startSandbox } from '@mhbkit/testing';

/** Record counts of one delivered file, by section code. */
export type RecordCounts = Record<string, number>;

/**
 * Redeems one ticket against a sandbox on 127.0.0.1 and returns the record counts of the delivered file. A real
 * back-end does the same with its NHI API key and a verified endpoint profile instead of the sandbox's.
 */
export async function runQuickstart(log: (line: string) => void = console.log): Promise<RecordCounts> {
  // The sandbox produces a file at once by default, so the 60 s minimum between fetches never applies here.
  const sandbox = await startSandbox();
  try {
    const { ticket } = await sandbox.issueTicket();
    const client = createClient({
      apiKey: sandbox.apiKey,
      phase: 'test',
      profile: sandbox.profile,
      // The sandbox emulates the protocol observed in a 2019 SDK build, which NHI has not confirmed.
      allowUnverifiedProfile: true,
    });

    let counts: RecordCounts = {};
    for await (const delivery of client.deliveries({ tickets: [ticket] })) {
      const { file } = delivery;
      counts = Object.fromEntries(
        Object.values(file.sections).map((section) => [section.code, section.records.length]),
      );
      log(`${file.meta.maskedId}: ${file.sections.r1.records.length} outpatient visits, ${file.issues.length} issues`);
      // Store the file here. The ticket is acknowledged once this loop body completes.
    }
    return counts;
  } finally {
    await sandbox.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runQuickstart();
}
