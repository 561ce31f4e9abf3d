import { describeNhiCode } from '../codes/describe-nhi-code.js';
import type { NhiCode } from '../codes/nhi-code.js';
import { MhbAbortError } from '../errors/abort-error.js';
import { MAX_BODY_EXCERPT_LENGTH, MhbApiError } from '../errors/api-error.js';
import { MhbConnectionError } from '../errors/connection-error.js';
import { MhbTimeoutError, type TimeoutDeadline } from '../errors/timeout-error.js';
import { coreMessage } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { sanitizeError } from '../internal/sanitize-error.js';
import type { EndpointProfile } from '../profiles/endpoint-profile.js';
import { redact } from '../secrets/redact.js';
import type { SecretValue } from '../secrets/secret-value.js';

/** What every error of one call needs: names, ids and the secrets to keep out of it. */
export interface CallContext {
  readonly operation: string;
  readonly requestId: string;
  readonly host: string;
  readonly locale: Locale;
  readonly profile: EndpointProfile;
  readonly secrets: readonly SecretValue[];
}

const TIMEOUT_CODES = { headers: 'TIMEOUT_HEADERS', idle: 'TIMEOUT_IDLE', total: 'TIMEOUT_TOTAL' } as const;

/** Builds the error for an abort by the caller's signal; the abort reason is kept as a redacted copy. */
export function abortError(context: CallContext, reason: unknown): MhbAbortError {
  return new MhbAbortError({
    code: 'ABORTED',
    message: coreMessage('ABORTED', context.locale, params(context)),
    operation: context.operation,
    requestId: context.requestId,
    cause: reason === undefined ? undefined : sanitizeError(reason, context.secrets),
  });
}

/** Builds the error for a deadline that fired. */
export function timeoutError(context: CallContext, deadline: TimeoutDeadline, timeoutMs: number): MhbTimeoutError {
  const code = TIMEOUT_CODES[deadline];
  return new MhbTimeoutError({
    code,
    message: coreMessage(code, context.locale, { ...params(context), timeout: timeoutMs }),
    operation: context.operation,
    requestId: context.requestId,
    deadline,
    timeoutMs,
  });
}

/** Builds the error for a failed connection; the network error is kept as a redacted copy. */
export function connectionError(context: CallContext, error: unknown): MhbConnectionError {
  return new MhbConnectionError({
    code: 'CONNECTION_FAILED',
    message: coreMessage('CONNECTION_FAILED', context.locale, { ...params(context), host: context.host }),
    operation: context.operation,
    requestId: context.requestId,
    cause: sanitizeError(error, context.secrets),
  });
}

/** Builds the error for an HTTP error status, with the NHI return code and a redacted body excerpt when present. */
export function httpStatusError(context: CallContext, status: number, bytes: Uint8Array): MhbApiError {
  const text = decodeText(bytes);
  return new MhbApiError({
    code: 'API_HTTP_STATUS',
    message: coreMessage('API_HTTP_STATUS', context.locale, { ...params(context), status }),
    operation: context.operation,
    requestId: context.requestId,
    status,
    nhiCode: returnCodeOf(parseJson(text), context.profile),
    bodyExcerpt: excerpt(text, context),
  });
}

/** Builds the error for a success status whose body is not JSON. */
export function bodyInvalidError(context: CallContext, status: number, text: string): MhbApiError {
  return new MhbApiError({
    code: 'API_BODY_INVALID',
    message: coreMessage('API_BODY_INVALID', context.locale, params(context)),
    operation: context.operation,
    requestId: context.requestId,
    status,
    bodyExcerpt: excerpt(text, context),
  });
}

/** Builds the error for a body over the size limit. */
export function bodyTooLargeError(context: CallContext, status: number, limit: number): MhbApiError {
  return new MhbApiError({
    code: 'API_BODY_TOO_LARGE',
    message: coreMessage('API_BODY_TOO_LARGE', context.locale, { ...params(context), limit }),
    operation: context.operation,
    requestId: context.requestId,
    status,
  });
}

/** Decodes a body as UTF-8, dropping a byte order mark and replacing invalid sequences. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses JSON text; returns `undefined` for invalid text and for an empty or blank body. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads the envelope return code from a parsed body, at the field the profile names. */
export function returnCodeOf(body: unknown, profile: EndpointProfile): NhiCode | undefined {
  if (typeof body !== 'object' || body === null) return undefined;

  const value = (body as Record<string, unknown>)[profile.responseFields.returnCode];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return describeNhiCode('rtnCode', value);
}

// NOTE: an excerpt is taken only from error responses, which NHI sends as short envelopes. A server that echoes
// record contents into an error body would put them into the excerpt; only secrets are removed here.
function excerpt(text: string, context: CallContext): string | undefined {
  if (text === '') return undefined;
  return redact(text.slice(0, MAX_BODY_EXCERPT_LENGTH * 4), context.secrets).slice(0, MAX_BODY_EXCERPT_LENGTH);
}

function params(context: CallContext): { operation: string; requestId: string } {
  return { operation: context.operation, requestId: context.requestId };
}
