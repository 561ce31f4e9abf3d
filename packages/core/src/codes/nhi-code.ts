/** The table an NHI code comes from. */
export type NhiCodeSource =
  /** The response envelope's return code (`RtnCode`, e.g. `G000`). */
  | 'rtnCode'
  /** The download result type (`oType`, `"1"` to `"4"`). */
  | 'oType'
  /** The error code the NHI SDK reports to the app (e.g. `204`), relayed by apps in patterns A and B. */
  | 'sdk';

/**
 * The meaning of an NHI code for the caller, as a closed set. New codes land in `unknown`, which keeps the raw code.
 *
 * - `success`: the request succeeded.
 * - `ready`: the file is produced and included.
 * - `notReady`: the file is not produced yet; retry after the minimum delay.
 * - `tooSoon`: the previous fetch was less than the minimum interval ago.
 * - `ticketMissing`, `ticketRejected`: the ticket cannot be redeemed.
 * - `keyRejected`: the API key was rejected.
 * - `versionUnsupported`: the SDK or interface version is not supported.
 * - `requestInvalid`: NHI could not parse the request.
 * - `serverTimeout`: NHI timed out while processing.
 * - `unavailable`: NHI is busy, under maintenance or did not respond.
 * - `dataError`: NHI failed to process the data.
 * - `deviceUnsupported`, `tooManyTickets`, `storageFull`, `noNetwork`: device-side failures apps relay.
 * - `unknown`: a code whose meaning is not known.
 */
export type NhiOutcome =
  | 'success'
  | 'ready'
  | 'notReady'
  | 'tooSoon'
  | 'ticketMissing'
  | 'ticketRejected'
  | 'keyRejected'
  | 'versionUnsupported'
  | 'requestInvalid'
  | 'serverTimeout'
  | 'unavailable'
  | 'dataError'
  | 'deviceUnsupported'
  | 'tooManyTickets'
  | 'storageFull'
  | 'noNetwork'
  | 'unknown';

/**
 * Whether and when repeating the same request can help.
 *
 * - `never`: the result is final (success, or a ticket that cannot be redeemed).
 * - `after-delay`: retry later, no sooner than `minDelayMs` when that is known.
 * - `after-fix`: retry only after fixing the cause (key, device, configuration).
 * - `unknown`: the code's meaning is not known.
 */
export type RetryAdvice =
  | {
      /** The result is final. */
      readonly when: 'never';
    }
  | {
      /** Retry later. */
      readonly when: 'after-delay';
      /** The minimum wait in milliseconds, when one is known. */
      readonly minDelayMs?: number;
    }
  | {
      /** Retry only after fixing the cause. */
      readonly when: 'after-fix';
    }
  | {
      /** Nothing is known about retrying. */
      readonly when: 'unknown';
    };

/**
 * The level of evidence behind a code's meaning.
 *
 * - `observed`: read from the 2019 SDK build or seen in integrations.
 * - `unverified`: the project's reading of a constant name or call site, with no public confirmation.
 */
export type NhiCodeStatus = 'observed' | 'unverified';

/** A code listed in one of the NHI code tables. */
export interface KnownNhiCode {
  /** Always `true`: the code is listed. */
  readonly known: true;
  /** The table the code comes from. */
  readonly source: NhiCodeSource;
  /** The code in its canonical form (`G000`, `"3"`, `"204"`, `"03"`). */
  readonly code: string;
  /** The code as it was received, before normalization. */
  readonly rawCode: string;
  /** The constant name in the 2019 SDK build, when there is one (`RTN_CODE_SUCCESS`). */
  readonly constantName?: string;
  /** The meaning in English, as far as it is known. */
  readonly meaning: string;
  /** Whether the zh-TW message is NHI's own text from the SDK resources or integrators' copies of them. */
  readonly officialText: boolean;
  /** The meaning of the code for the caller. */
  readonly outcome: NhiOutcome;
  /** Whether and when repeating the request can help. */
  readonly retry: RetryAdvice;
  /** Whether the meaning is observed or only inferred. */
  readonly status: NhiCodeStatus;
}

/** A code that no table lists. It keeps the raw code, so a new NHI code is never lost. */
export interface UnknownNhiCode {
  /** Always `false`: no table lists the code. */
  readonly known: false;
  /** The table the code was looked up in. */
  readonly source: NhiCodeSource;
  /** The code, trimmed. */
  readonly code: string;
  /** The code as it was received. */
  readonly rawCode: string;
  /** Always `unknown`. */
  readonly outcome: 'unknown';
  /** Always `unknown`, because nothing is known about the code. */
  readonly retry: {
    /** Always `unknown`. */
    readonly when: 'unknown';
  };
}

/** The description of an NHI code, known or not. */
export type NhiCode = KnownNhiCode | UnknownNhiCode;

/** The fields of a table entry; lookup adds `known`, `source` and `rawCode`. */
export type NhiCodeDefinition = Omit<KnownNhiCode, 'known' | 'source' | 'rawCode'>;
