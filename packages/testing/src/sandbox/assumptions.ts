/**
 * One sandbox response: an HTTP status, an envelope return code and, for a download, a download type (`oType`).
 * A field left out takes the normal value: HTTP 200, `G000`, no download item.
 */
export interface SandboxResponseRule {
  /** The HTTP status. @defaultValue `200` */
  readonly httpStatus?: number;
  /** The envelope return code (`RtnCode`). @defaultValue `'G000'` */
  readonly returnCode?: string;
  /** The download type (`oType`) of the one download item. Only download responses carry an item. */
  readonly downloadType?: string;
  /** Sends `Retry-After` with the seconds until the next allowed request. @defaultValue `false` */
  readonly retryAfter?: boolean;
}

/**
 * The sandbox's responses where NHI's server behaviour is not documented, plus the observed limits it enforces.
 * Client code and tests read them from here (or from `sandbox.assumptions`) instead of hard-coding them.
 *
 * Observed facts (from the 2019 SDK build) are marked as such; every other entry is this sandbox's assumption.
 */
export interface SandboxAssumptions {
  /** Ticket lifetime from issue, in ms. Observed only as the SDK's client-side purge of tickets older than 24 h. */
  readonly ticketTtlMs: number;
  /** Minimum time between two downloads of one ticket, in ms. Observed only as an SDK client check (error 202). */
  readonly minFetchIntervalMs: number;
  /** A download after `ticketTtlMs`. Assumed: `oType` `"2"`, which the SDK maps to the undocumented error 203. */
  readonly expired: SandboxResponseRule;
  /** A download sooner than `minFetchIntervalMs` after the previous one. Assumed: HTTP 429 with `Retry-After`. */
  readonly tooSoon: SandboxResponseRule;
  /** A download of a ticket that was already acknowledged. Assumed: `oType` `"2"`, as for an expired ticket. */
  readonly downloadAfterAcknowledge: SandboxResponseRule;
  /** An unknown ticket, or one issued to another app. Observed meaning of `oType` `"4"`: the ticket check failed. */
  readonly unknownTicket: SandboxResponseRule;
  /** A file not produced yet. Observed: `oType` `"3"` (SDK error 204). */
  readonly notReady: SandboxResponseRule;
  /** An unknown or wrong API key. Observed: `RtnCode` `G003` (no permission; SDK error 102 "Api_Key 錯誤"). */
  readonly keyRejected: SandboxResponseRule;
  /** A request body that cannot be read. Assumed: `RtnCode` `G001`, the code the SDK names "JSON parsing failed". */
  readonly malformedRequest: SandboxResponseRule;
  /** A second acknowledgement of one ticket. Assumed: `RtnCode` `G004`, a code the SDK build does not define. */
  readonly secondAcknowledge: SandboxResponseRule;
  /** An acknowledgement before the file was downloaded. Assumed: `RtnCode` `G004`. */
  readonly acknowledgeBeforeDownload: SandboxResponseRule;
  /** An acknowledgement of an unknown, foreign or expired ticket. Assumed: `RtnCode` `G004`. */
  readonly acknowledgeUnknownTicket: SandboxResponseRule;
}

/**
 * The default sandbox assumptions. Pass `assumptions` to the sandbox to change any entry, e.g. to rehearse a
 * client against another reading of NHI's behaviour.
 */
export const DEFAULT_SANDBOX_ASSUMPTIONS: SandboxAssumptions = Object.freeze({
  ticketTtlMs: 24 * 60 * 60 * 1000,
  minFetchIntervalMs: 60_000,
  expired: Object.freeze({ downloadType: '2' }),
  tooSoon: Object.freeze({ httpStatus: 429, retryAfter: true }),
  downloadAfterAcknowledge: Object.freeze({ downloadType: '2' }),
  unknownTicket: Object.freeze({ downloadType: '4' }),
  notReady: Object.freeze({ downloadType: '3' }),
  keyRejected: Object.freeze({ returnCode: 'G003' }),
  malformedRequest: Object.freeze({ returnCode: 'G001' }),
  secondAcknowledge: Object.freeze({ returnCode: 'G004' }),
  acknowledgeBeforeDownload: Object.freeze({ returnCode: 'G004' }),
  acknowledgeUnknownTicket: Object.freeze({ returnCode: 'G004' }),
});
