import type { EndpointProfile } from '@mhbkit/core';
import type { SandboxResponseRule } from './assumptions.js';

/**
 * The delivery mode of a reply: normal, or a transport fault that only the adapter can produce.
 *
 * - `reset`: destroy the connection without a response.
 * - `slowHeaders`: wait `delayMs` before the status line.
 * - `stalledBody`: send the status line and the first `afterBytes` bytes of the body, then nothing more.
 */
export type ReplyDelivery =
  | { readonly kind: 'normal' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'slowHeaders'; readonly delayMs: number }
  | { readonly kind: 'stalledBody'; readonly afterBytes: number };

/** A sandbox reply, independent of the HTTP stack that sends it. */
export interface SandboxReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly delivery: ReplyDelivery;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** Builds a JSON reply. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): SandboxReply {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body), delivery: { kind: 'normal' } };
}

/**
 * Builds an NHI-style envelope (`{ RtnCode, rMsg, sub }` under the profile's field names) for a response rule.
 * `item` fields are merged into the download item when the rule has a download type.
 */
export function envelopeReply(
  profile: EndpointProfile,
  rule: SandboxResponseRule,
  message: string,
  options: { item?: Record<string, string>; retryAfterMs?: number } = {},
): SandboxReply {
  const fields = profile.responseFields;
  const item =
    rule.downloadType === undefined ? undefined : { [fields.downloadType]: rule.downloadType, ...options.item };
  const headers: Record<string, string> = {};
  if (rule.retryAfter === true && options.retryAfterMs !== undefined) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(options.retryAfterMs / 1000)));
  }

  return jsonReply(
    rule.httpStatus ?? 200,
    {
      [fields.returnCode]: rule.returnCode ?? 'G000',
      [fields.message]: message,
      [fields.items]: item === undefined ? null : [item],
    },
    headers,
  );
}
