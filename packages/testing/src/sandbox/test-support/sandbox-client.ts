import type { EndpointProfile } from '@mhbkit/core';

/** A parsed sandbox response. */
export interface ClientResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: Record<string, unknown> | undefined;
}

/** Sends one operation the way a client following `profile` does. Tests only. */
export async function callOperation(
  profile: EndpointProfile,
  operation: 'download' | 'acknowledge' | 'requestProduction',
  apiKey: string,
  ticket: string | undefined,
  init: { signal?: AbortSignal } = {},
): Promise<ClientResponse> {
  const definition = profile.operations[operation]!;
  const url = new URL(profile.baseUrl.replace(/\/$/, '') + definition.path);
  const fields: Record<string, string> = {};
  if (ticket !== undefined) fields[profile.requestFields.ticketNumber] = ticket;
  const headers: Record<string, string> = {};
  const form = new URLSearchParams();

  const placement = profile.apiKey;
  if (placement.in === 'json-field') fields[placement.field] = apiKey;
  if (placement.in === 'form-field') form.set(placement.field, apiKey);
  if (placement.in === 'header') headers[placement.header] = `${placement.prefix ?? ''}${apiKey}`;
  if (placement.in === 'query') url.searchParams.set(placement.parameter, apiKey);

  let body: string;
  if (profile.encoding.type === 'json') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(fields);
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    form.set(profile.encoding.formField, JSON.stringify(fields));
    body = form.toString();
  }

  const response = await fetch(url, { method: definition.method ?? 'POST', headers, body, ...init });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Returns the first download item of an envelope. */
export function itemOf(response: ClientResponse): Record<string, string> {
  return ((response.json?.['sub'] as Record<string, string>[] | null) ?? [])[0] ?? {};
}

/** Decodes standard Base64. */
export function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}
