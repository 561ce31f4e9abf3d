import type { EndpointProfile } from '@mhbkit/core';

/** The request fields and API key a sandbox route reads, or `undefined` fields for an unreadable body. */
export interface ReadRequest {
  readonly fields: Readonly<Record<string, unknown>> | undefined;
  readonly apiKey: string | undefined;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseObject(text: string | null | undefined): Record<string, unknown> | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Reads the request fields and the API key where the profile places them: a JSON body or one form field that
 * contains JSON text, and the key in a JSON field, a form field, a header or the query string. A `GET`
 * operation takes its fields from the query string.
 */
export async function readRequest(request: Request, profile: EndpointProfile): Promise<ReadRequest> {
  const url = new URL(request.url);
  const text = request.method === 'GET' ? '' : await request.text();
  const form = profile.encoding.type === 'form-json' ? new URLSearchParams(text) : undefined;

  let fields: Record<string, unknown> | undefined;
  if (request.method === 'GET') fields = Object.fromEntries(url.searchParams);
  else if (profile.encoding.type === 'json') fields = parseObject(text);
  else fields = parseObject(form?.get(profile.encoding.formField));

  const placement = profile.apiKey;
  let apiKey: unknown;
  switch (placement.in) {
    case 'json-field':
      apiKey = fields?.[placement.field];
      break;
    case 'form-field':
      apiKey = form?.get(placement.field) ?? undefined;
      break;
    case 'header': {
      const value = request.headers.get(placement.header) ?? undefined;
      const prefix = placement.prefix ?? '';
      apiKey = value?.startsWith(prefix) === true ? value.slice(prefix.length) : undefined;
      break;
    }
    case 'query':
      apiKey = url.searchParams.get(placement.parameter) ?? undefined;
      break;
  }

  return { fields, apiKey: typeof apiKey === 'string' ? apiKey : undefined };
}
