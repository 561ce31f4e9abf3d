/** The maximum number of `cause` links {@link zipJsErrorMessages} follows. zip.js wraps an error once or twice. */
const MAX_CAUSE_DEPTH = 5;

/**
 * @internal Collects the messages of an error and of its causes. zip.js reports a failure by its message (one of its
 * `ERR_*` constants), and some runtimes wrap that error: in workerd a wrong password arrives as an invalid
 * compressed data error whose `cause` is the password error.
 */
export function zipJsErrorMessages(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;

  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    messages.push(current.message);
    current = current.cause;
  }
  return messages;
}
