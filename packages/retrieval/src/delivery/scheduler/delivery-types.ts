import type { TicketNumber } from '@mhbkit/core';
import type { DeliveryPhase } from '../phase.js';
import type { ClassifiedDownload } from '../redeem/classify-download.js';
import type { DownloadedZip, RawCodes, ReadyDelivery, RedeemStatus } from '../redeem/outcome.js';
import type { TicketState, TicketStore } from '../store/ticket-store.js';

/** A ticket to redeem: a ticket number, optionally with its phase and issue time. */
export type TicketInput =
  | string
  | TicketNumber
  | {
      readonly ticket: string | TicketNumber;
      /** The phase the ticket was issued in; a client of the other phase rejects it. */
      readonly phase?: DeliveryPhase;
      /** When the ticket was issued, e.g. from the `File_Ticket_<timestamp>` key; the TTL counts from here. */
      readonly issuedAt?: Date | number;
    };

/** The result of an acknowledge request. */
export interface AcknowledgeResult {
  /** Whether the server confirmed the acknowledgement (return code `G000` in the observed protocol). */
  readonly acknowledged: boolean;
  readonly raw: RawCodes;
}

/**
 * The network and file steps the scheduler drives. The retrieval client supplies them over core's transport;
 * tests may inject their own.
 */
export interface DeliverySteps<File> {
  /** Sends the download request for one ticket and classifies the reply. Throws on transport failures. */
  download(ticket: TicketNumber, signal: AbortSignal): Promise<ClassifiedDownload>;
  /** Decrypts and parses a downloaded zip. */
  open(ticket: TicketNumber, download: DownloadedZip, signal: AbortSignal): Promise<ReadyDelivery<File>>;
  /** Sends the acknowledge request for one ticket. Throws on transport failures. */
  acknowledge(ticket: TicketNumber, signal: AbortSignal): Promise<AcknowledgeResult>;
}

/**
 * One delivered file inside `for await (const delivery of client.deliveries(...))`.
 *
 * The rule: a delivery is acknowledged only after it is committed, and it is committed when the loop body for it
 * completes (the loop requests the next delivery) or when you call {@link Delivery.commit}. A `throw`, a `break`
 * or a crash before that leaves the ticket `downloaded`, and it is delivered again on the next run. Call
 * `commit()` yourself before `break` when you stored the file and want to stop.
 */
export interface Delivery<File> extends ReadyDelivery<File> {
  /** Whether the delivery is committed. */
  readonly committed: boolean;
  /**
   * Records in the store that the caller has stored the file, then queues the acknowledgement. Calling it again does
   * nothing. After the loop has ended, the acknowledgement is sent on the next run.
   */
  commit(): Promise<void>;
}

/** Counts reported while deliveries run. */
export interface DeliveryProgress {
  /** Tickets this run works on. */
  readonly total: number;
  /** Download requests sent. */
  readonly requests: number;
  /** Zip bytes downloaded. */
  readonly bytes: number;
  /** Deliveries handed to the loop body. */
  readonly delivered: number;
  readonly committed: number;
  readonly acknowledged: number;
  readonly failed: number;
}

/** A step taken for one ticket, with its result. The ticket prints redacted. */
export interface DeliveryEvent {
  readonly ticket: TicketNumber;
  /** The ticket state after the step. */
  readonly state: TicketState;
  /** The outcome status of a download, `acknowledged`, or an error code such as `ZIP_WRONG_PASSWORD`. */
  readonly result: RedeemStatus | 'acknowledged' | 'ack-rejected' | string;
  readonly raw?: RawCodes;
  /** The error of a failed step. Its message contains no secret. */
  readonly error?: unknown;
}

/** Default number of tickets worked on at once. */
export const DEFAULT_DELIVERY_CONCURRENCY = 4;

/** Options of `client.deliveries()`. */
export interface DeliveriesOptions {
  /** Tickets to redeem. They are added to the store when missing. Without tickets, every unfinished ticket of the store is resumed. */
  readonly tickets?: Iterable<TicketInput>;
  /** The store of ticket state. @defaultValue the client's store, or a new in-memory store */
  readonly store?: TicketStore;
  /**
   * Tickets worked on at once, and the most deliveries downloaded ahead of the loop. Fractions are rounded down, and
   * values below 1 and `NaN` count as 1. @defaultValue {@link DEFAULT_DELIVERY_CONCURRENCY} (4)
   */
  readonly concurrency?: number;
  /** Stops the iteration: in-flight requests are aborted and timers cleared. */
  readonly signal?: AbortSignal;
  /** Called after each change of the counts. */
  readonly onProgress?: (progress: DeliveryProgress) => void;
  /** Called after each step of each ticket. */
  readonly onEvent?: (event: DeliveryEvent) => void;
}
