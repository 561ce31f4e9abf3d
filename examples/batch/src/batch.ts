import { createClient, FileTicketStore, saveDelivery } from '@mhbkit/node';
import type { DeliveryProgress, RetrievalPolicy } from '@mhbkit/retrieval';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** The ticket state file. A run with the same file resumes where the last one stopped. */
  readonly storePath: string;
  /** The folder the delivered files are saved to, one file per delivery, named by its SHA-256. */
  readonly outDir: string;
  /** Tickets to add to the store. Leave out to resume only what the store holds. @defaultValue none */
  readonly tickets?: readonly string[];
  /** Tickets worked on at once. @defaultValue `8` */
  readonly concurrency?: number;
  /** Retrieval policy, e.g. a shorter minimum interval against a sandbox. @defaultValue the observed NHI values */
  readonly policy?: RetrievalPolicy;
  /** Receives progress counts after each change. */
  readonly onProgress?: (progress: DeliveryProgress) => void;
  /** Stops the run; unfinished tickets stay in the store for the next run. */
  readonly signal?: AbortSignal;
}

/** Counts of one run. */
export interface BatchResult {
  /** Files saved by this run. */
  readonly saved: number;
  /** Tickets in the store that ended acknowledged, over all runs. */
  readonly acknowledged: number;
  /** Tickets in the store that ended failed, over all runs. */
  readonly failed: number;
}

/** Default number of tickets worked on at once. */
export const DEFAULT_BATCH_CONCURRENCY = 8;

/**
 * Redeems many tickets with a file-backed ticket store, saving each file before its ticket is acknowledged. Killing
 * the process at any point loses nothing: a ticket downloaded but not saved is delivered again on the next run, and
 * one saved but not acknowledged is acknowledged without being saved twice.
 *
 * The API key, phase and base URL come from `MHB_API_KEY`, `MHB_PHASE` and `MHB_BASE_URL`.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const phase = process.env['MHB_PHASE'] === 'production' ? 'production' : 'test';
  const store = new FileTicketStore(options.storePath, phase);
  // NOTE: the default profile is OBSERVED_SDK_DEVICE_2019, the protocol seen in a 2019 SDK build, which NHI has
  // not confirmed. Pass your own profile once NHI documents the back-end interface.
  const client = createClient({
    allowUnverifiedProfile: true,
    store,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });

  let saved = 0;
  const deliveries = client.deliveries({
    ...(options.tickets === undefined ? {} : { tickets: options.tickets }),
    concurrency: options.concurrency ?? DEFAULT_BATCH_CONCURRENCY,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  for await (const delivery of deliveries) {
    await saveDelivery(options.outDir, delivery);
    saved += 1;
    // The ticket is acknowledged after this body completes.
  }

  const records = await store.list();
  return {
    saved,
    acknowledged: records.filter((record) => record.state === 'acknowledged').length,
    failed: records.filter((record) => record.state === 'failed').length,
  };
}
