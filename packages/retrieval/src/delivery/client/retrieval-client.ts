import {
  type ClientOptions,
  createTransport,
  type MhbConfigError,
  resolveClientConfig,
  type TicketNumber,
  type ZipPasswordScheme,
} from '@mhbkit/core';
import type { MedicalFile } from '../../file/medical-file.js';
import type { ParseOptions } from '../../file/parse-options.js';
import type { DeliveryPhase } from '../phase.js';
import { type RetrievalPolicy, resolveRetrievalPolicy } from '../policy.js';
import type { ReceiveContext } from '../receive/open-received-file.js';
import { type ReceiveOptions, receivePlaintext, receiveUploadedZip, type UploadedZip } from '../receive/receivers.js';
import type { ReceivedFile, RedeemOutcome } from '../redeem/outcome.js';
import { runDeliveries } from '../scheduler/delivery-scheduler.js';
import type { AcknowledgeResult, DeliveriesOptions, Delivery, TicketInput } from '../scheduler/delivery-types.js';
import { checkStorePhase, normalizeTicket } from '../scheduler/ticket-input.js';
import { MemoryTicketStore } from '../store/memory-ticket-store.js';
import type { TicketStore } from '../store/ticket-store.js';
import type { ZipLimits } from '../zip/zip-limits.js';
import { redeemTicket } from './redeem-ticket.js';
import { createTransportSteps } from './transport-steps.js';

/** Options of {@link createRetrievalClient}: core's client options plus retrieval settings. */
export interface RetrievalClientOptions extends ClientOptions {
  /** The store of ticket state. It must belong to the client's phase. @defaultValue a new {@link MemoryTicketStore} */
  readonly store?: TicketStore;
  /** Timing and code-mapping rules. @defaultValue the observed NHI values, see {@link RetrievalPolicy} */
  readonly policy?: RetrievalPolicy;
  /** Limits of the file parser. */
  readonly parse?: ParseOptions;
  /** Zip-bomb limits. @defaultValue see {@link ZipLimits} */
  readonly zipLimits?: ZipLimits;
  /** The zip password derivation. @defaultValue PBKDF2-HMAC-SHA1, 1000 iterations, 32 bytes, Base64 */
  readonly passwordScheme?: ZipPasswordScheme;
  /** Keep the zip bytes in every result, for audit. @defaultValue `false` (only the zip's SHA-256 is kept) */
  readonly keepZip?: boolean;
}

/** Options of a single redeem or acknowledge call. */
export interface CallSignalOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
}

/** A client that receives My Health Bank files for one phase, by all three delivery patterns. */
export interface RetrievalClient {
  /** The phase of the client's API key. */
  readonly phase: DeliveryPhase;
  /** The client's ticket store. */
  readonly store: TicketStore;
  /**
   * Pattern C: redeems one ticket with one download request, or none when a local rule decides. It never waits:
   * a ticket older than the TTL is `expired`, and a request sooner than the minimum interval is `rate-limited`
   * with `retryAt`. A `ready` outcome carries the parsed file; acknowledge it with {@link acknowledge} after storing.
   *
   * @throws {@link MhbDeliveryError} `DELIVERY_PHASE_MISMATCH` for a ticket of the other phase, and transport, zip
   *   and parse errors for failures that end the call.
   */
  redeem(ticket: TicketInput, options?: CallSignalOptions): Promise<RedeemOutcome<MedicalFile>>;
  /** Pattern C: sends the acknowledge request for a ticket whose file the caller has stored. */
  acknowledge(ticket: TicketInput, options?: CallSignalOptions): Promise<AcknowledgeResult>;
  /**
   * Pattern C: redeems many tickets, polling those not produced yet, and yields each parsed delivery. A delivery is
   * acknowledged only after the loop body for it completes or calls `commit()`; see {@link Delivery}.
   */
  deliveries(options?: DeliveriesOptions): AsyncIterable<Delivery<MedicalFile>>;
  /** Pattern B: decrypts and parses a zip that a phone uploaded with its serverKey. */
  receiveUpload(upload: UploadedZip, options?: ReceiveOptions): Promise<ReceivedFile<MedicalFile>>;
  /** Pattern A: parses the plaintext JSON (or XML) that a phone decrypted and uploaded. */
  receiveJson(input: string | Uint8Array | ArrayBuffer): Promise<ReceivedFile<MedicalFile>>;
}

/**
 * Creates a retrieval client for one phase. The node and edge packages wrap it as `createClient()`.
 *
 * @throws An {@link MhbConfigError} for invalid client options, and an {@link MhbDeliveryError}
 *   `DELIVERY_PHASE_MISMATCH` when `store` belongs to the other phase.
 *
 * @example
 * ```ts
 * const client = createRetrievalClient({ apiKey, phase: 'test', profile: myProfile });
 * const { file } = await client.receiveUpload({ zip, serverKey });
 *
 * for await (const delivery of client.deliveries({ tickets })) {
 *   await saveToDatabase(delivery.file); // the ticket is acknowledged after this body completes
 * }
 * ```
 */
export function createRetrievalClient(options: RetrievalClientOptions): RetrievalClient {
  // Core rejects options it does not know, so the retrieval options are taken out first.
  const {
    store: storeOption,
    policy: policyOption,
    parse,
    zipLimits,
    passwordScheme,
    keepZip,
    ...clientOptions
  } = options;
  const config = resolveClientConfig(clientOptions);
  const { phase, locale } = config;
  const store = storeOption ?? new MemoryTicketStore(phase);
  checkStorePhase(store, phase, locale);

  const policy = resolveRetrievalPolicy(policyOption, locale);
  const now = () => Date.now();
  const receive: ReceiveContext = {
    apiKey: config.apiKey,
    phase,
    locale,
    passwordScheme,
    zipLimits,
    parse,
    keepZip,
  };
  const transport = createTransport(config);
  const steps = createTransportSteps(transport, policy, receive, now);

  return {
    phase,
    store,
    redeem: (ticket, callOptions = {}) =>
      redeemTicket(
        { phase, policy, store, steps, locale, now },
        ticket,
        callOptions.signal ?? new AbortController().signal,
      ),
    acknowledge: async (input, callOptions = {}) => {
      const { ticket } = normalizeTicket(input, phase, locale);
      // Recording the commit first means a crash during the request leaves a ticket that deliveries() acknowledges
      // on resume, instead of one that it downloads and delivers again.
      await updateState(store, ticket, 'committed', now());
      const result = await steps.acknowledge(ticket, callOptions.signal ?? new AbortController().signal);
      if (result.acknowledged) await updateState(store, ticket, 'acknowledged', now());
      return result;
    },
    deliveries: (deliveriesOptions = {}) =>
      runDeliveries(
        { phase, policy, store: deliveriesOptions.store ?? store, steps, locale, now, logger: config.logger },
        deliveriesOptions,
      ),
    receiveUpload: (upload, receiveOptions) => receiveUploadedZip(upload, receive, receiveOptions),
    receiveJson: (input) => receivePlaintext(input, receive),
  };
}

async function updateState(
  store: TicketStore,
  ticket: TicketNumber,
  state: 'committed' | 'acknowledged',
  now: number,
): Promise<void> {
  const record = await store.get(ticket.reveal());
  if (record === undefined || record.state === 'acknowledged') return;
  await store.put({ ...record, state, lastResult: state, updatedAt: now });
}
