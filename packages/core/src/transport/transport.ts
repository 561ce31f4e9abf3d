import type { NhiCode } from '../codes/nhi-code.js';
import type { ClientConfig } from '../config/client-options.js';
import { configError } from '../errors/config-error.js';
import type { MhbError } from '../errors/mhb-error.js';
import { sanitizeError } from '../internal/sanitize-error.js';
import type { OperationName } from '../profiles/endpoint-profile.js';
import { encodeRequest, type RequestFields } from './encode-request.js';
import {
  abortError,
  bodyInvalidError,
  bodyTooLargeError,
  type CallContext,
  connectionError,
  decodeText,
  httpStatusError,
  parseJson,
  returnCodeOf,
  timeoutError,
} from './request-errors.js';
import { backoffDelay, parseRetryAfter } from './retry-delay.js';
import { type AttemptOutcome, sendAttempt } from './send-attempt.js';

/** Per-call options of {@link Transport.call}. */
export interface CallOptions {
  /** Aborts the call, including retry delays; the call then rejects with {@link MhbAbortError}. */
  readonly signal?: AbortSignal;
  /**
   * Overrides the operation's `idempotent` flag for this call. A non-idempotent call is retried only on 429 and on a
   * refused connection, where the server cannot have acted on it. @defaultValue the profile operation's flag
   */
  readonly idempotent?: boolean;
}

/** A successful response: a 2xx status and its parsed JSON body. */
export interface TransportResponse {
  /** The HTTP status, 200 to 299. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The request id sent with the call. */
  readonly requestId: string;
  /** The parsed JSON body, or `undefined` for an empty body. */
  readonly body: unknown;
  /** The envelope return code, read from the field the profile names, or `undefined` when the body has none. */
  readonly returnCode: NhiCode | undefined;
  /** How many attempts the call took, 1 when the first one succeeded. */
  readonly attempts: number;
}

/** Sends profile operations with the configured retry, timeout and logging policy. */
export interface Transport {
  /** The configuration the transport runs with. */
  readonly config: ClientConfig;
  /**
   * Calls one profile operation with the given request fields and returns the parsed response.
   *
   * The transport does not judge the NHI return code: a 2xx response resolves even when `returnCode` reports a
   * failure, so that the caller can map it to an outcome.
   *
   * @throws {@link MhbConfigError} when the profile has no such operation or a field has the API key's name.
   * @throws {@link MhbApiError} for an HTTP error status once retries are used up, a body that is not JSON, or a body
   *   over `maxResponseBytes`.
   * @throws {@link MhbConnectionError} when no response arrived after retries.
   * @throws {@link MhbTimeoutError} when a deadline fired (after retries for `headers` and `idle`).
   * @throws {@link MhbAbortError} when `options.signal` aborted.
   */
  call(operation: OperationName, fields: RequestFields, options?: CallOptions): Promise<TransportResponse>;
}

/** The state a retry decision needs. */
interface RetryState {
  readonly attempt: number;
  readonly idempotent: boolean;
  readonly deadline: number;
}

/**
 * Creates a transport over ky. Every call gets a random request id, sent in the request id header and written on every
 * log line and error of the call, and a `User-Agent: mhbkit/<version>` header.
 *
 * @example
 * ```ts
 * const transport = createTransport(resolveClientConfig(options));
 * const response = await transport.call('download', { sTicketNum: ticket });
 * ```
 */
export function createTransport(config: ClientConfig): Transport {
  const call = async (
    operation: OperationName,
    fields: RequestFields,
    options: CallOptions = {},
  ): Promise<TransportResponse> => {
    const definition = config.profile.operations[operation];
    if (definition === undefined) {
      throw configError('CONFIG_OPERATION_UNKNOWN', 'operation', config.locale, {
        operation,
        profile: config.profile.id,
      });
    }

    const request = encodeRequest(config, definition, fields);
    const context: CallContext = {
      operation,
      requestId: globalThis.crypto.randomUUID(),
      host: request.url.host,
      locale: config.locale,
      profile: config.profile,
      secrets: [config.apiKey, ...request.secretValues],
    };
    const idempotent = options.idempotent ?? definition.idempotent;

    // One controller stops the call, on the total deadline or on the caller's abort. The caller's signal gets a
    // listener that `finally` removes, because AbortSignal.any in Node 20 keeps one dependent signal per call on it.
    const stop = new AbortController();
    const totalTimer = setTimeout(() => stop.abort(), config.timeouts.totalMs);
    const callerSignal = options.signal;
    const forwardAbort = (): void => stop.abort();
    if (callerSignal?.aborted) stop.abort();
    callerSignal?.addEventListener('abort', forwardAbort, { once: true });
    const signal = stop.signal;
    const deadline = Date.now() + config.timeouts.totalMs;
    const started = Date.now();

    try {
      for (let attempt = 1; ; attempt++) {
        if (signal.aborted) throw stopError(context, options.signal, config);

        config.logger.debug('request started', {
          requestId: context.requestId,
          operation,
          attempt,
          method: request.method,
          path: request.url.pathname,
        });
        const outcome = await sendAttempt(config, request, context.requestId, signal);
        const response = finish(outcome, context, config, options.signal);
        if (response !== undefined) {
          config.logger.debug('request finished', {
            requestId: context.requestId,
            operation,
            status: response.status,
            attempts: attempt,
            durationMs: Date.now() - started,
          });
          return { ...response, attempts: attempt };
        }

        const delay = retryDelay(outcome, config, { attempt, idempotent, deadline });
        if (delay === undefined) throw failureError(outcome, context, config);

        config.logger.warn('retrying request', {
          requestId: context.requestId,
          operation,
          attempt,
          delayMs: delay,
          reason: describeFailure(outcome),
          ...(outcome.kind === 'connection' ? { error: sanitizeError(outcome.error, context.secrets) } : {}),
        });
        try {
          await config.sleep(delay, signal);
        } catch (error) {
          if (!signal.aborted) throw error;
          throw stopError(context, options.signal, config);
        }
      }
    } catch (error) {
      config.logger.error('request failed', { requestId: context.requestId, operation, error });
      throw error;
    } finally {
      clearTimeout(totalTimer);
      callerSignal?.removeEventListener('abort', forwardAbort);
    }
  };

  return Object.freeze({ config, call });
}

/** Returns the response of a finished call, or `undefined` when the attempt failed and may be retried. */
function finish(
  outcome: AttemptOutcome,
  context: CallContext,
  config: ClientConfig,
  callerSignal: AbortSignal | undefined,
): Omit<TransportResponse, 'attempts'> | undefined {
  if (outcome.kind === 'aborted') throw stopError(context, callerSignal, config);
  if (outcome.kind === 'too-large') throw bodyTooLargeError(context, outcome.status, config.maxResponseBytes);
  if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status > 299) return undefined;

  const text = decodeText(outcome.bytes);
  const body = parseJson(text);
  if (body === undefined && text.trim() !== '') throw bodyInvalidError(context, outcome.status, text);

  return {
    status: outcome.status,
    headers: outcome.headers,
    requestId: context.requestId,
    body,
    returnCode: returnCodeOf(body, config.profile),
  };
}

/**
 * Decides whether a failed attempt is retried, and after how long.
 *
 * @returns the delay in milliseconds, or `undefined` to give up.
 */
function retryDelay(outcome: AttemptOutcome, config: ClientConfig, state: RetryState): number | undefined {
  const policy = config.retry;
  if (state.attempt > policy.maxRetries) return undefined;

  let delay = backoffDelay(policy, state.attempt - 1, config.random);
  if (outcome.kind === 'response') {
    if (!policy.retryStatuses.includes(outcome.status)) return undefined;
    // A 429 means the server turned the request away before acting on it, so even a non-idempotent call may repeat.
    if (!state.idempotent && outcome.status !== 429) return undefined;

    const retryAfter = parseRetryAfter(outcome.headers.get('Retry-After'), Date.now());
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return undefined;
    delay = retryAfter ?? delay;
  } else if (outcome.kind === 'connection') {
    if (!state.idempotent && !outcome.refused) return undefined;
  } else if (outcome.kind === 'headers-timeout' || outcome.kind === 'idle-timeout') {
    if (!state.idempotent) return undefined;
  } else {
    return undefined;
  }

  // Waiting past the total deadline would only end in a total timeout; the attempt's own error is more useful.
  if (Date.now() + delay >= state.deadline) return undefined;
  return delay;
}

/** Builds the error for a failed attempt that is not retried. */
function failureError(outcome: AttemptOutcome, context: CallContext, config: ClientConfig): MhbError {
  switch (outcome.kind) {
    case 'response':
      return httpStatusError(context, outcome.status, outcome.headers, outcome.bytes);
    case 'headers-timeout':
      return timeoutError(context, 'headers', config.timeouts.headersMs);
    case 'idle-timeout':
      return timeoutError(context, 'idle', config.timeouts.idleMs);
    case 'connection':
      return connectionError(context, outcome.error);
    case 'too-large':
      return bodyTooLargeError(context, outcome.status, config.maxResponseBytes);
    case 'aborted':
      return abortError(context, undefined);
  }
}

/** Builds the error for a call stopped by a signal: the caller's abort wins over the total deadline. */
function stopError(context: CallContext, callerSignal: AbortSignal | undefined, config: ClientConfig): MhbError {
  if (callerSignal?.aborted) return abortError(context, callerSignal.reason);
  return timeoutError(context, 'total', config.timeouts.totalMs);
}

function describeFailure(outcome: AttemptOutcome): string {
  if (outcome.kind === 'response') return `status ${outcome.status}`;
  if (outcome.kind === 'connection') return 'connection failed';
  if (outcome.kind === 'headers-timeout') return 'headers timeout';
  if (outcome.kind === 'idle-timeout') return 'idle timeout';
  return outcome.kind;
}
