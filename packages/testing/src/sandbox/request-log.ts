/** One request the sandbox received, without secrets. */
export interface SandboxRequestRecord {
  /** The sandbox clock time, in ms since the epoch. */
  readonly at: number;
  /** The profile operation (`download`, `acknowledge`, …), an admin route (`admin:tickets`, …) or `unknown`. */
  readonly operation: string;
  /** The last four characters of the ticket number, when the request carried one. */
  readonly ticket: string | undefined;
  /** The result, e.g. `ready`, `notReady`, `tooSoon`, `expired`, `keyRejected`, `acknowledged`, `fault:serverError`. */
  readonly result: string;
  /** The HTTP status sent, or 0 when the connection was reset. */
  readonly httpStatus: number;
}
