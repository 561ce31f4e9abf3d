import { describeNhiCode } from '../codes/describe-nhi-code.js';
import type { NhiCode } from '../codes/nhi-code.js';
import { MhbAbortError } from '../errors/abort-error.js';
import { MAX_BODY_EXCERPT_LENGTH, MhbApiError } from '../errors/api-error.js';
import { MhbConnectionError } from '../errors/connection-error.js';
import { MhbTimeoutError, type TimeoutDeadline } from '../errors/timeout-error.js';
import { coreMessage } from '../i18n/core-messages.js';
import type { Locale } from '../i18n/locale.js';
import { sanitizeError } from '../internal/sanitize-error.js';
import { SECRET_FIELD_PATTERN } from '../logging/redacting-logger.js';
import type { EndpointProfile } from '../profiles/endpoint-profile.js';
import { REDACTED, redact } from '../secrets/redact.js';
import type { SecretValue } from '../secrets/secret-value.js';
import { parseRetryAfter } from './retry-delay.js';

/** The facts every error of one call carries: operation, request id, host, and the secrets to keep out of it. */
export interface CallContext {
  readonly operation: string;
  readonly requestId: string;
  readonly host: string;
  readonly locale: Locale;
  readonly profile: EndpointProfile;
  readonly secrets: readonly SecretValue[];
}

/** Objects nested deeper than this are replaced by a marker in excerpts. */
const MAX_MASK_DEPTH = 8;

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
export function httpStatusError(
  context: CallContext,
  status: number,
  headers: Headers,
  bytes: Uint8Array,
): MhbApiError {
  const text = decodeText(bytes);
  return new MhbApiError({
    code: 'API_HTTP_STATUS',
    message: coreMessage('API_HTTP_STATUS', context.locale, { ...params(context), status }),
    operation: context.operation,
    requestId: context.requestId,
    status,
    nhiCode: returnCodeOf(parseJson(text), context.profile),
    bodyExcerpt: excerpt(text, context),
    retryAfterMs: parseRetryAfter(headers.get('Retry-After'), Date.now()),
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

/**
 * Builds a body excerpt without secrets. In a JSON body the values of the server key, file, ticket and secret-named
 * fields are replaced whole, because the transport cannot recognize a server key it has not seen. Then every known
 * secret is replaced wherever it appears.
 *
 * NOTE: excerpts come only from error responses, which NHI sends as short envelopes. Record contents that a server
 * echoed into an error body outside those fields would still reach the excerpt.
 */
function excerpt(text: string, context: CallContext): string | undefined {
  if (text.trim() === '') return undefined;

  const body = parseJson(text);
  const masked = body === undefined ? text : JSON.stringify(maskFields(body, maskedFieldNames(context.profile), 0));
  return redact(masked, context.secrets).slice(0, MAX_BODY_EXCERPT_LENGTH);
}

function maskedFieldNames(profile: EndpointProfile): ReadonlySet<string> {
  const fields = profile.responseFields;
  return new Set([fields.serverKey, fields.file, fields.ticketNumber, profile.requestFields.ticketNumber]);
}

function maskFields(value: unknown, names: ReadonlySet<string>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_MASK_DEPTH) return '[depth limit]';
  if (Array.isArray(value)) return value.map((item) => maskFields(item, names, depth + 1));

  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    const secret = names.has(name) || SECRET_FIELD_PATTERN.test(name);
    result[name] = secret && field !== null && field !== '' ? REDACTED : maskFields(field, names, depth + 1);
  }
  return result;
}

function params(context: CallContext): { operation: string; requestId: string } {
  return { operation: context.operation, requestId: context.requestId };
}
