import type { ServerKey, TicketNumber } from '@mhbkit/core';
import type { ZipEncryption } from '../errors.js';
import type { DeliveryPhase } from '../phase.js';

/**
 * The raw codes behind an outcome, kept so a new or misread code can be diagnosed. `source` is `local` when mhbkit
 * decided without a request (ticket too old, asked again too soon).
 */
export interface RawCodes {
  readonly source: 'server' | 'local';
  /** The HTTP status of the download response. */
  readonly httpStatus?: number;
  /** The envelope return code, e.g. `G000`. */
  readonly returnCode?: string;
  /** The download type of the first item, e.g. `3`. */
  readonly downloadType?: string;
  /** The envelope message as sent by the server. */
  readonly message?: string;
}

/** A produced file as downloaded: the zip, its serverKey and the file name and size the server reported. */
export interface DownloadedZip {
  /** The zip bytes, still encrypted. */
  readonly zip: Uint8Array;
  /** The per-file server key, the salt of the zip password. */
  readonly serverKey: ServerKey;
  /** The file name the server sent, e.g. `2020010100000001.zip`. Metadata only. */
  readonly fileName?: string;
  /** The size the server declared, in bytes. */
  readonly declaredSize?: number;
}

/** Facts about a delivered zip, kept for audit. */
export interface ZipInfo {
  /** The SHA-256 of the zip bytes, lowercase hex. */
  readonly sha256: string;
  /** The zip size in bytes. */
  readonly byteLength: number;
  /** The encryption found on the entry, reported so a change in NHI's zips shows up in logs. */
  readonly encryption: ZipEncryption;
  /** The member name of the chosen entry. Metadata only: the entry was chosen by content. */
  readonly entryName: string;
  /** The zip bytes, present only when the client was built with `keepZip: true`. */
  readonly bytes?: Uint8Array;
}

/** A file opened and parsed, with its original bytes. Both receivers and ticket deliveries return this shape. */
export interface ReceivedFile<File> {
  /** The phase of the client that received the file. */
  readonly phase: DeliveryPhase;
  /** The parsed file. */
  readonly file: File;
  /** The file bytes exactly as received or decrypted, so the file can be parsed again after a parser fix. */
  readonly raw: Uint8Array;
  /** The SHA-256 of `raw`, lowercase hex. */
  readonly rawSha256: string;
  /** The zip the file came in; absent for plaintext uploads. */
  readonly zip?: ZipInfo;
}

/** A ready ticket delivery: the opened file plus what the server sent with it. */
export interface ReadyDelivery<File> extends ReceivedFile<File> {
  readonly ticket: TicketNumber;
  readonly zip: ZipInfo;
  /** The per-file server key, the salt of the zip password. */
  readonly serverKey: ServerKey;
  /** The file name the server sent, e.g. `2020010100000001.zip`. Metadata only. */
  readonly fileName?: string;
  /** The size the server declared, in bytes. */
  readonly declaredSize?: number;
}

/** The file is produced and downloaded. */
export interface ReadyOutcome<File> {
  readonly status: 'ready';
  readonly delivery: ReadyDelivery<File>;
  readonly raw: RawCodes;
}

/** The file is not produced yet; ask again at `retryAt`. */
export interface NotReadyOutcome {
  readonly status: 'not-ready';
  readonly retryAt: Date;
  readonly raw: RawCodes;
}

/** Too many requests for this ticket (locally: sooner than the minimum interval), or the server is busy. */
export interface RateLimitedOutcome {
  readonly status: 'rate-limited';
  readonly retryAt: Date;
  readonly raw: RawCodes;
}

/** An outcome that ends the ticket or needs a person: the ticket is invalid or expired, or the key is rejected. */
export interface FinalOutcome {
  readonly status: 'invalid' | 'expired' | 'key-rejected';
  readonly raw: RawCodes;
}

/** A reply mhbkit does not know how to read. The raw codes tell what came back. */
export interface UnknownOutcome {
  readonly status: 'unknown';
  readonly raw: RawCodes;
}

/** The result of redeeming one ticket. New server codes end up as `unknown`, never as a lost code. */
export type RedeemOutcome<File> =
  | ReadyOutcome<File>
  | NotReadyOutcome
  | RateLimitedOutcome
  | FinalOutcome
  | UnknownOutcome;

/** The status of a {@link RedeemOutcome}. */
export type RedeemStatus = RedeemOutcome<unknown>['status'];
