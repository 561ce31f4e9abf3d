import { describeNhiCode, type Locale, type ResponseFieldNames, ServerKey, type TicketNumber } from '@mhbkit/core';
import { MhbDeliveryError } from '../errors.js';
import { type MappedStatus, NHI_OUTCOME_STATUSES, type ResolvedRetrievalPolicy } from '../policy.js';
import type { DownloadedZip, RawCodes, RedeemOutcome } from './outcome.js';

/** The envelope return code of success in the observed protocol. */
export const SUCCESS_RETURN_CODE = 'G000';

/** The download type (`oType`) of a produced file in the observed protocol. */
export const READY_DOWNLOAD_TYPE = '1';

/** A download response as the transport hands it over: status, parsed JSON body and an optional retry hint. */
export interface DownloadResponse {
  readonly httpStatus: number;
  readonly body: unknown;
  /** The server's `Retry-After` hint, in ms, when it sent one. */
  readonly retryAfterMs?: number | undefined;
}

/** A classified download: a downloaded zip, or any outcome other than ready. */
export type ClassifiedDownload =
  | { readonly status: 'ready'; readonly download: DownloadedZip; readonly raw: RawCodes }
  | Exclude<RedeemOutcome<never>, { status: 'ready' }>;

/** Inputs of {@link classifyDownload} besides the response. */
export interface ClassifyContext {
  readonly ticket: TicketNumber;
  readonly fields: ResponseFieldNames;
  readonly policy: ResolvedRetrievalPolicy;
  /** The current time, in ms since the epoch. */
  readonly now: number;
  readonly locale?: Locale | undefined;
}

/**
 * Classifies one download response into an outcome, without I/O. HTTP status, then return code, then download
 * type decide. A code is looked up in the policy's override tables, then in core's NHI code tables; a code that no
 * table lists gives `unknown` with the raw codes.
 *
 * @throws {@link MhbDeliveryError} `DELIVERY_RESPONSE_INVALID` when a ready reply lacks the serverKey or the file,
 * or the file is not Base64; `DELIVERY_TOO_LARGE` when the file is over `policy.maxZipBytes`.
 */
export function classifyDownload(response: DownloadResponse, context: ClassifyContext): ClassifiedDownload {
  const { fields } = context;

  if (response.httpStatus < 200 || response.httpStatus > 299) {
    const raw: RawCodes = { source: 'server', httpStatus: response.httpStatus };
    return mapped(context.policy.httpStatusOutcomes[response.httpStatus], raw, response, context);
  }

  const envelope = asRecord(response.body);
  const returnCode = textOf(envelope?.[fields.returnCode]);
  const message = textOf(envelope?.[fields.message]);
  const items = envelope?.[fields.items];
  const item = Array.isArray(items) ? asRecord(items[0]) : undefined;
  const downloadType = textOf(item?.[fields.downloadType]);
  const raw: RawCodes = {
    source: 'server',
    httpStatus: response.httpStatus,
    ...(returnCode === undefined ? {} : { returnCode }),
    ...(downloadType === undefined ? {} : { downloadType }),
    ...(message === undefined ? {} : { message }),
  };

  if (returnCode !== SUCCESS_RETURN_CODE) {
    const status =
      returnCode === undefined
        ? undefined
        : (context.policy.returnCodeOutcomes[returnCode] ?? statusFromTable('rtnCode', returnCode));
    return mapped(status, raw, response, context);
  }
  if (item === undefined || downloadType === undefined) return { status: 'unknown', raw };
  if (downloadType !== READY_DOWNLOAD_TYPE) {
    const status = context.policy.downloadTypeOutcomes[downloadType] ?? statusFromTable('oType', downloadType);
    return mapped(status, raw, response, context);
  }

  return { status: 'ready', download: readDownloadedZip(item, context), raw };
}

function statusFromTable(source: 'rtnCode' | 'oType', code: string): MappedStatus {
  return NHI_OUTCOME_STATUSES[describeNhiCode(source, code).outcome];
}

function mapped(
  status: MappedStatus | undefined,
  raw: RawCodes,
  response: DownloadResponse,
  context: ClassifyContext,
): ClassifiedDownload {
  const { policy, now } = context;

  switch (status) {
    case 'not-ready':
      return { status, retryAt: new Date(now + policy.notReadyRetryAfterMs), raw };
    case 'rate-limited': {
      const wait = Math.max(response.retryAfterMs ?? policy.rateLimitedRetryAfterMs, policy.minFetchIntervalMs);
      return { status, retryAt: new Date(now + wait), raw };
    }
    case 'invalid':
    case 'expired':
    case 'key-rejected':
      return { status, raw };
    default:
      return { status: 'unknown', raw };
  }
}

function readDownloadedZip(item: Record<string, unknown>, context: ClassifyContext): DownloadedZip {
  const { fields, policy, locale } = context;
  const ticket = context.ticket.redacted;
  const serverKey = textOf(item[fields.serverKey]);
  const file = textOf(item[fields.file]);

  if (serverKey === undefined || serverKey === '') {
    throw new MhbDeliveryError('DELIVERY_RESPONSE_INVALID', locale, { ticket, detail: `${fields.serverKey} missing` });
  }
  if (file === undefined || file === '') {
    throw new MhbDeliveryError('DELIVERY_RESPONSE_INVALID', locale, { ticket, detail: `${fields.file} missing` });
  }

  const declaredText = textOf(item[fields.fileSize]);
  const declaredSize = declaredText === undefined ? undefined : Number.parseInt(declaredText, 10);
  const estimatedSize = Math.floor((file.length * 3) / 4);
  const largest = Math.max(estimatedSize, Number.isFinite(declaredSize) ? declaredSize! : 0);
  if (largest > policy.maxZipBytes) {
    throw new MhbDeliveryError('DELIVERY_TOO_LARGE', locale, { ticket, size: largest, limit: policy.maxZipBytes });
  }

  const zip = decodeBase64(file);
  if (zip === undefined) {
    throw new MhbDeliveryError('DELIVERY_RESPONSE_INVALID', locale, { ticket, detail: `${fields.file} is not Base64` });
  }

  const fileName = textOf(item[fields.fileName]);
  return {
    zip,
    serverKey: ServerKey.from(serverKey, locale),
    ...(fileName === undefined ? {} : { fileName }),
    ...(declaredSize === undefined || !Number.isFinite(declaredSize) ? {} : { declaredSize }),
  };
}

/** Decodes standard Base64, tolerating line breaks; returns `undefined` for anything else. */
function decodeBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/[\r\n]/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Reads a code that the observed protocol sends as a string but a server might send as a number. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
