import type { GeneratorOptions } from '../generator/options.js';
import type { SeededRandom } from '../generator/random.js';
import type { GenerationSummary } from '../generator/summary.js';
import { buildDeliveryZip } from '../zip/delivery-zip.js';
import type { ZipEncryption } from '../zip/zip-entry.js';
import type { SandboxPhase } from './apps.js';

/** Options of `sandbox.issueTicket`. */
export interface IssueTicketOptions {
  /** The person the file belongs to. @defaultValue a virtual person, `Z1` + four digits + `****` */
  readonly person?: { readonly maskedId: string };
  /** Generator options of the file. @defaultValue a default file seeded per ticket */
  readonly file?: GeneratorOptions;
  /** Time from issue until the file is produced, in ms; downloads before that get "not produced yet". @defaultValue the sandbox's `readyAfterMs` */
  readonly readyAfterMs?: number;
  /** The app the ticket is issued to. @defaultValue the sandbox's test-phase key */
  readonly apiKey?: string;
  /** The zip encryption. @defaultValue the sandbox's `encryption` */
  readonly encryption?: ZipEncryption;
}

/** A ticket issued by the sandbox, with everything a test needs to check a client's result. */
export interface IssuedTicket {
  /** The ticket number a client sends; 23 digits, like the SDK's mock (`yyyyMMddHHmmss` + 9 digits). */
  readonly ticket: string;
  readonly maskedId: string;
  readonly phase: SandboxPhase;
  /** When downloads start returning the file. */
  readonly readyAt: Date;
  /** When the ticket expires. */
  readonly expiresAt: Date;
  /** The zip name in the download response. */
  readonly fileName: string;
  /** The server key in the download response. */
  readonly serverKey: string;
  /** The encrypted zip the download returns. */
  readonly zip: Uint8Array;
  /** The summary of the generated file. */
  readonly summary: GenerationSummary;
}

/** A ticket and its server-side state. */
export interface TicketState {
  readonly issued: IssuedTicket;
  readonly appKey: string;
  readonly issuedAt: number;
  lastFetchAt: number | undefined;
  downloaded: boolean;
  acknowledged: boolean;
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** Creates a ticket and its zip. The caller has already checked the app and the person. */
export async function createTicket(input: {
  readonly appKey: string;
  readonly phase: SandboxPhase;
  readonly maskedId: string;
  readonly file: GeneratorOptions;
  readonly readyAfterMs: number;
  readonly ttlMs: number;
  readonly encryption: ZipEncryption;
  readonly now: number;
  readonly random: SeededRandom;
}): Promise<TicketState> {
  const ticket = `${timestamp(input.now)}${input.random.digits(9)}`;
  const delivery = await buildDeliveryZip({
    apiKey: input.appKey,
    serverKey: input.random.hex(32),
    seed: ticket,
    content: { applicationDate: timestamp(input.now).slice(0, 8), ...input.file, maskedId: input.maskedId },
    encryption: input.encryption,
  });

  return {
    issued: {
      ticket,
      maskedId: input.maskedId,
      phase: input.phase,
      readyAt: new Date(input.now + input.readyAfterMs),
      expiresAt: new Date(input.now + input.ttlMs),
      fileName: delivery.fileName,
      serverKey: delivery.serverKey,
      zip: delivery.zip,
      summary: delivery.summary!,
    },
    appKey: input.appKey,
    issuedAt: input.now,
    lastFetchAt: undefined,
    downloaded: false,
    acknowledged: false,
  };
}
