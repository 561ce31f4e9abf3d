/** Exit codes of `mhb`. Scripts may branch on them; they are stable across releases. */
export const EXIT_CODES = {
  /** The command succeeded. */
  ok: 0,
  /** Any failure without a more specific code. */
  failure: 1,
  /** Invalid command, option or missing argument, including a missing API key or phase. */
  usage: 2,
  /** The input file is missing or unreadable. */
  fileNotFound: 3,
  /** The input is not a readable My Health Bank file or zip. */
  invalidFile: 4,
  /** The zip password (from the API key and server key, or `--password`) did not decrypt the zip. */
  decryptFailed: 5,
  /** A request failed: no connection, a timeout, or an error response. */
  network: 6,
  /** The user interrupted the command (Ctrl+C); 128 + SIGINT (2), as shells report it. */
  interrupted: 130,
} as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
