import type { ClientConfig } from '../config/client-options.js';
import { configError } from '../errors/config-error.js';
import type { EndpointOperation } from '../profiles/endpoint-profile.js';
import { SecretValue } from '../secrets/secret-value.js';

/** The request fields of one call. A {@link SecretValue} (such as a `TicketNumber`) is sent as its raw value. */
export type RequestFields = Readonly<Record<string, unknown>>;

/** An encoded request, ready for fetch. */
export interface EncodedRequest {
  /** The full URL, with the API key in the query when the profile places it there. */
  readonly url: URL;
  /** The HTTP method. */
  readonly method: 'POST' | 'GET';
  /** The request headers before the User-Agent and request id are added. */
  readonly headers: Headers;
  /** The encoded body, or `undefined` for GET. */
  readonly body: string | undefined;
  /** The raw values of secret fields, so that they can be redacted from errors and logs. */
  readonly secretValues: readonly SecretValue[];
}

/**
 * Encodes one operation call as the profile describes: the URL from the base URL and operation path, the fields as
 * JSON or as JSON in one form field, and the API key where the profile places it.
 *
 * @throws {@link MhbConfigError} `CONFIG_FIELD_RESERVED` when a field has the API key's name.
 */
export function encodeRequest(
  config: ClientConfig,
  operation: EndpointOperation,
  fields: RequestFields,
): EncodedRequest {
  const { profile } = config;
  const placement = profile.apiKey;
  const apiKey = config.apiKey.reveal();

  const keyField = placement.in === 'json-field' || placement.in === 'form-field' ? placement.field : undefined;
  if (keyField !== undefined && Object.hasOwn(fields, keyField)) {
    throw configError('CONFIG_FIELD_RESERVED', keyField, config.locale, { field: keyField });
  }

  const secretValues: SecretValue[] = [];
  const payload: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof SecretValue) secretValues.push(value);
    payload[name] = value instanceof SecretValue ? value.reveal() : value;
  }
  if (placement.in === 'json-field') payload[placement.field] = apiKey;

  const url = new URL(profile.baseUrl + operation.path);
  const method = operation.method ?? 'POST';
  const headers = new Headers({ Accept: 'application/json' });
  if (placement.in === 'header') headers.set(placement.header, (placement.prefix ?? '') + apiKey);
  if (placement.in === 'query') url.searchParams.set(placement.parameter, apiKey);

  const json = JSON.stringify(payload);
  if (profile.encoding.type === 'json') {
    if (method === 'GET') return { url: withQuery(url, payload), method, headers, body: undefined, secretValues };

    headers.set('Content-Type', 'application/json; charset=utf-8');
    return { url, method, headers, body: json, secretValues };
  }

  const form = new URLSearchParams({ [profile.encoding.formField]: json });
  if (placement.in === 'form-field') form.set(placement.field, apiKey);
  if (method === 'GET') {
    for (const [name, value] of form) url.searchParams.set(name, value);
    return { url, method, headers, body: undefined, secretValues };
  }

  headers.set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8');
  return { url, method, headers, body: form.toString(), secretValues };
}

function withQuery(url: URL, payload: Record<string, unknown>): URL {
  for (const [name, value] of Object.entries(payload)) {
    url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return url;
}
