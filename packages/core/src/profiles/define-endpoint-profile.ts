import * as z from 'zod';
import { en, zhTW } from 'zod/v4/locales';
import { configError } from '../errors/config-error.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { checkBaseUrl } from '../internal/base-url.js';
import type { EndpointProfile } from './endpoint-profile.js';

const FieldName = z.string().trim().min(1).max(200);

const Operation = z.strictObject({
  path: z.string().regex(/^\/[^?#\s]*$/, { error: 'expected a path that starts with / and has no query or spaces' }),
  method: z.enum(['POST', 'GET']).optional(),
  idempotent: z.boolean(),
});

const Profile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, { error: 'expected lowercase letters, digits, dots and hyphens' }),
  verified: z.boolean(),
  provenance: z.string().trim().min(1).max(2000),
  baseUrl: z.string(),
  operations: z
    .object({ download: Operation, acknowledge: Operation, requestProduction: Operation.optional() })
    .catchall(Operation),
  encoding: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('json') }),
    z.strictObject({ type: z.literal('form-json'), formField: FieldName }),
  ]),
  apiKey: z.discriminatedUnion('in', [
    z.strictObject({ in: z.literal('json-field'), field: FieldName }),
    z.strictObject({ in: z.literal('form-field'), field: FieldName }),
    z.strictObject({
      in: z.literal('header'),
      header: z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, { error: 'expected an HTTP header name' }),
      prefix: z.string().max(50).optional(),
    }),
    z.strictObject({ in: z.literal('query'), parameter: FieldName }),
  ]),
  requestFields: z.strictObject({ ticketNumber: FieldName }),
  responseFields: z.strictObject({
    returnCode: FieldName,
    message: FieldName,
    items: FieldName,
    downloadType: FieldName,
    serverKey: FieldName,
    fileName: FieldName,
    fileSize: FieldName,
    file: FieldName,
    ticketNumber: FieldName,
  }),
});

// Named imports let bundlers drop zod's other locales, which `z.locales` would keep.
const ERROR_MAPS = { 'zh-TW': zhTW().localeError, en: en().localeError } as const;

/**
 * Validates an endpoint profile and returns a deeply frozen copy.
 *
 * Use it for every profile you write yourself, e.g. once NHI publishes its back-end retrieval interface. Unknown
 * keys are rejected, so a misspelled field name fails here instead of on the first request.
 *
 * @param profile - the profile to check.
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws {@link MhbConfigError} `CONFIG_PROFILE_INVALID` naming the first invalid option (as
 *   `profile.<path>`), or a `CONFIG_URL_*` code when `baseUrl` is not `https:` outside loopback.
 *
 * @example
 * ```ts
 * const profile = defineEndpointProfile({
 *   id: 'nhi-backend-2027',
 *   verified: true,
 *   provenance: 'NHI back-end retrieval specification, version 1.0',
 *   baseUrl: 'https://retrieval.example.gov.tw',
 *   operations: {
 *     download: { path: '/files/download', idempotent: true },
 *     acknowledge: { path: '/files/acknowledge', idempotent: false },
 *   },
 *   encoding: { type: 'json' },
 *   apiKey: { in: 'header', header: 'Authorization', prefix: 'Bearer ' },
 *   requestFields: { ticketNumber: 'ticket' },
 *   responseFields: {
 *     returnCode: 'RtnCode', message: 'rMsg', items: 'sub', downloadType: 'oType', serverKey: 'oSevKey',
 *     fileName: 'oFileName', fileSize: 'oFileSize', file: 'oFile', ticketNumber: 'oTicketNum',
 *   },
 * });
 * ```
 */
export function defineEndpointProfile(profile: EndpointProfile, locale: Locale = DEFAULT_LOCALE): EndpointProfile {
  const result = Profile.safeParse(profile, { error: ERROR_MAPS[locale] });
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = ['profile', ...(issue?.path ?? []).map(String)].join('.');
    throw configError('CONFIG_PROFILE_INVALID', path, locale, { issue: issue?.message ?? 'invalid' });
  }

  const parsed = result.data;
  if (parsed.encoding.type === 'json' && parsed.apiKey.in === 'form-field') {
    throw configError('CONFIG_PROFILE_FORM_FIELD', 'profile.apiKey.in', locale);
  }

  const baseUrl = checkBaseUrl(parsed.baseUrl, 'profile.baseUrl', locale);
  return deepFreeze({ ...parsed, baseUrl } as EndpointProfile);
}

/**
 * Derives a profile that sends the same requests to another base URL, e.g. the preset pointed at a local sandbox.
 *
 * @param baseUrl - the new base URL; `https:`, or `http:` on a loopback address.
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws {@link MhbConfigError} a `CONFIG_URL_*` code when `baseUrl` is rejected.
 *
 * @example
 * ```ts
 * const sandbox = withBaseUrl(OBSERVED_SDK_DEVICE_2019, 'http://127.0.0.1:8787');
 * ```
 */
export function withBaseUrl(
  profile: EndpointProfile,
  baseUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): EndpointProfile {
  const checked = checkBaseUrl(baseUrl, 'baseUrl', locale);
  return Object.freeze({ ...profile, baseUrl: checked });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
