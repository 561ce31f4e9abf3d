import { resolve } from 'node:path';
import { formatMessage, type Locale, MhbError, TICKET_VISIBLE_SUFFIX_LENGTH } from '@mhbkit/core';
import { DEFAULT_MIN_FETCH_INTERVAL_MS, type DeliveryEvent, type MedicalFile } from '@mhbkit/retrieval';
import { startSandbox } from '@mhbkit/testing';
import { createClient } from '../../client/create-client.js';
import { DEMO_MESSAGES, type DemoMessageCode } from './demo-messages.js';
import { type SavedDemoFiles, saveDemoDelivery } from './demo-save.js';
import { formatDemoSummary } from './demo-summary.js';

/** Time the sandbox takes to produce the demo's file, in ms, so the demo shows the "not produced yet" wait. */
export const DEMO_READY_AFTER_MS = 3_000;

/**
 * Minimum time between two fetches of the demo's ticket, and the wait after "not produced yet", in ms. The real
 * default of both is 60 s. The demo lowers them through the documented `policy.minFetchIntervalMs` and
 * `policy.notReadyRetryAfterMs` options, lowers the sandbox's enforced interval to match, and prints a note about it.
 */
export const DEMO_MIN_FETCH_INTERVAL_MS = 1_000;

/** The folder the demo writes to, relative to the working directory. */
export const DEMO_OUTPUT_DIR = 'mhb-demo-output';

/** Visits in the demo's generated file: enough for every section to have a few records. */
export const DEMO_VISITS = 24;

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The output language. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
  /** The folder for the delivered file and its records. @defaultValue `./mhb-demo-output` */
  readonly outDir?: string;
  /** Time until the sandbox produces the file, in ms. @defaultValue {@link DEMO_READY_AFTER_MS} (3 s) */
  readonly readyAfterMs?: number;
  /** Minimum time between fetches of the ticket, in ms. @defaultValue {@link DEMO_MIN_FETCH_INTERVAL_MS} (1 s) */
  readonly minFetchIntervalMs?: number;
  /** The sandbox seed; the same seed yields the same file. @defaultValue `'mhb-demo'` */
  readonly seed?: number | string;
  /** Receives each output line. @defaultValue writes to standard output */
  readonly write?: (line: string) => void;
  /** Stops the demo; the sandbox is closed either way. */
  readonly signal?: AbortSignal;
}

/** The result of a demo run, for tests and callers. */
export interface DemoResult {
  readonly file: MedicalFile;
  readonly saved: SavedDemoFiles;
  /** Whether the acknowledgement was sent and confirmed after the files were saved. */
  readonly acknowledged: boolean;
  /** "Not produced yet" replies before the file was ready. */
  readonly notReadyReplies: number;
  /** Wall-clock time from issuing the ticket to the acknowledgement, in ms. */
  readonly elapsedMs: number;
}

/**
 * Runs the whole ticket pipeline once against an in-process sandbox on 127.0.0.1: issues a ticket for a virtual
 * person, redeems it through the retrieval client over HTTP with the real polling policy, saves the decrypted file
 * and its records, acknowledges, and prints a summary.
 *
 * @throws {@link MhbError} `DEMO_TICKET_FAILED` when the ticket ends without a delivery, and the client's errors
 *   (transport, zip, parse) unchanged.
 * @example
 * ```ts
 * const result = await runDemo({ locale: 'en', outDir: './out' });
 * console.log(result.saved.recordsPath);
 * ```
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const locale = options.locale ?? 'zh-TW';
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const say = (code: DemoMessageCode, params: Record<string, string | number> = {}) =>
    write(formatMessage(DEMO_MESSAGES, code, locale, params));
  const outDir = resolve(options.outDir ?? DEMO_OUTPUT_DIR);
  const readyAfterMs = options.readyAfterMs ?? DEMO_READY_AFTER_MS;
  const minFetchIntervalMs = options.minFetchIntervalMs ?? DEMO_MIN_FETCH_INTERVAL_MS;

  say('DEMO_TITLE');
  const sandbox = await startSandbox({
    seed: options.seed ?? 'mhb-demo',
    readyAfterMs,
    assumptions: { minFetchIntervalMs },
  });

  try {
    say('DEMO_SANDBOX_STARTED', { url: sandbox.url });
    const startedAt = Date.now();
    const issued = await sandbox.issueTicket({ file: { visits: DEMO_VISITS } });
    const ticketSuffix = issued.ticket.slice(-TICKET_VISIBLE_SUFFIX_LENGTH);
    say('DEMO_TICKET_ISSUED', {
      maskedId: issued.maskedId,
      ticketSuffix,
      readySeconds: Math.round(readyAfterMs / 1000),
    });
    say('DEMO_POLICY_LOWERED', {
      defaultSeconds: DEFAULT_MIN_FETCH_INTERVAL_MS / 1000,
      demoSeconds: minFetchIntervalMs / 1000,
    });

    // The same client a back-end builds, with the sandbox's test-phase key, URL and profile (the observed, unverified
    // protocol). The documented policy options are the only change from production settings. `env: {}` keeps the
    // caller's MHB_* and proxy variables away from the loopback sandbox.
    const client = createClient({
      apiKey: sandbox.apiKey,
      phase: 'test',
      profile: sandbox.profile,
      baseUrl: sandbox.url,
      allowUnverifiedProfile: true,
      locale,
      env: {},
      policy: { minFetchIntervalMs, notReadyRetryAfterMs: minFetchIntervalMs },
    });

    let notReadyReplies = 0;
    let failure: DeliveryEvent | undefined;
    const onEvent = (event: DeliveryEvent): void => {
      if (event.result === 'not-ready') {
        notReadyReplies += 1;
        say('DEMO_NOT_READY', {
          attempt: notReadyReplies,
          elapsedSeconds: ((Date.now() - startedAt) / 1000).toFixed(1),
        });
      }
      if (event.state === 'failed') failure = event;
    };

    let delivered: { file: MedicalFile; saved: SavedDemoFiles } | undefined;
    const deliveryOptions = { tickets: [{ ticket: issued.ticket, phase: 'test' as const }], onEvent };
    for await (const delivery of client.deliveries(
      options.signal === undefined ? deliveryOptions : { ...deliveryOptions, signal: options.signal },
    )) {
      say('DEMO_DOWNLOADED', {
        fileName: delivery.fileName ?? '-',
        bytes: delivery.zip.byteLength,
        encryption: delivery.zip.encryption,
      });
      const saved = await saveDemoDelivery(outDir, delivery, locale);
      say('DEMO_SAVED', { path: saved.rawPath });
      say('DEMO_SAVED', { path: saved.recordsPath });
      delivered = { file: delivery.file, saved };
      // Returning from the loop body commits the delivery; the client acknowledges it after that.
    }

    if (delivered === undefined) {
      const result = failure?.result ?? 'no-delivery';
      say('DEMO_FAILED_TICKET', { ticketSuffix, result });
      throw new MhbError({
        code: 'DEMO_TICKET_FAILED',
        message: formatMessage(DEMO_MESSAGES, 'DEMO_FAILED_TICKET', locale, { ticketSuffix, result }),
      });
    }

    const record = await client.store.get(issued.ticket);
    const acknowledged = record?.state === 'acknowledged';
    const elapsedMs = Date.now() - startedAt;
    if (acknowledged) say('DEMO_ACKNOWLEDGED', { elapsedSeconds: (elapsedMs / 1000).toFixed(1) });
    else say('DEMO_NOT_ACKNOWLEDGED');

    write('');
    for (const line of formatDemoSummary(delivered.file, locale)) write(line);
    write('');
    say('DEMO_DONE', { outDir });

    return { file: delivered.file, saved: delivered.saved, acknowledged, notReadyReplies, elapsedMs };
  } finally {
    await sandbox.close();
  }
}
