import { DEFAULT_LOCALE, type Locale, type OperationName } from '@mhbkit/core';
import * as z from 'zod';
import { MhbGrantError } from './errors.js';
import { issueText, parseOptionsFor } from './issue-text.js';

/** The month format of the production request. */
export type MonthFormat =
  /** Republic of China year (three digits) and month, e.g. `11305` for 2024-05; the SDK's listing uses ROC years. */
  | 'roc-yyymm'
  /** Gregorian year and month without separator, e.g. `202405`. */
  | 'yyyymm'
  /** Gregorian `YYYY-MM`, e.g. `2024-05`. */
  | 'yyyy-mm';

/** The request field names of a production request. */
export interface ProductionRequestFields {
  /** The grant token (`sToken` in the 2019 SDK, where it was the login token). */
  readonly token: string;
  /** The months requested (`sDataYM`). */
  readonly months: string;
  /** The categories requested (`sCtgy`). */
  readonly categories: string;
  /** The flag for every month (`sAllData`). */
  readonly allMonths: string;
  /** The flag for every category (`sAllCtgy`). */
  readonly allCategories: string;
}

/**
 * Return codes of a production response mapped to outcomes. A code in no list becomes an `unknown` outcome that keeps
 * the raw code, and an unknown outcome never revokes a grant.
 */
export interface ProductionReturnCodes {
  readonly grantExpired: readonly string[];
  readonly grantRevoked: readonly string[];
  readonly scopeNotAllowed: readonly string[];
  readonly rateLimited: readonly string[];
  readonly keyRejected: readonly string[];
}

/**
 * The format of a pre-authorized production request, on top of an endpoint profile (which gives the base
 * URL, the operation's path, the encoding, the API key placement, the return code and ticket field names).
 */
export interface PreauthProtocol {
  /** A stable identifier, used in log lines, e.g. `observed-sdk-production-2019`. */
  readonly id: string;
  /** Whether the values come from a published NHI specification. The shipped preset is `false`. */
  readonly verified: boolean;
  /** The source of the values, in one or two sentences. */
  readonly provenance: string;
  /** The profile operation that requests production. */
  readonly operation: OperationName;
  readonly requestFields: ProductionRequestFields;
  readonly monthFormat: MonthFormat;
  /** The list format: JSON arrays, or one comma-separated string. */
  readonly listFormat: 'array' | 'comma';
  /** The values of the two "all" flags. */
  readonly flagValues: { readonly yes: string; readonly no: string };
  /** The response item field with the production status (`oStatus`), kept in the raw codes. */
  readonly statusField: string;
  readonly returnCodes: ProductionReturnCodes;
  /** The wait after a rate-limited response without `Retry-After`, in ms. */
  readonly rateLimitedRetryAfterMs: number;
}

/**
 * The production request shaped after the Android NHI SDK build Beta1.0.4 (2019), where the SDK on the phone sends
 * the user's selection after consent.
 *
 * **Unverified.** NHI has published no pre-authorization protocol for SDK 3.x back-ends. The field names are the 2019
 * ones (`sToken`, `sDataYM`, `sCtgy`, `sAllData`, `sAllCtgy`, response `oStatus` and `oTicketNum`). The month format,
 * the list format and the flag values were not observed, so ROC `yyyMM`, JSON arrays and `Y`/`N` are assumptions.
 * Only the codes the 2019 build defines are mapped: `G003` (key rejected) and `G099` (server busy). The grant code
 * lists are empty because NHI's codes are unknown, so such responses come back as `unknown` with the raw code.
 */
export const OBSERVED_SDK_PRODUCTION_2019: PreauthProtocol = deepFreeze({
  id: 'observed-sdk-production-2019',
  verified: false,
  provenance:
    'Field names of the production request in the Android NHI SDK build Beta1.0.4 (2019), a device-to-NHI call. ' +
    'Month format, list format, flag values and grant codes are assumptions.',
  operation: 'requestProduction',
  requestFields: {
    token: 'sToken',
    months: 'sDataYM',
    categories: 'sCtgy',
    allMonths: 'sAllData',
    allCategories: 'sAllCtgy',
  },
  monthFormat: 'roc-yyymm',
  listFormat: 'array',
  flagValues: { yes: 'Y', no: 'N' },
  statusField: 'oStatus',
  returnCodes: {
    grantExpired: [],
    grantRevoked: [],
    scopeNotAllowed: [],
    rateLimited: ['G099'],
    keyRejected: ['G003'],
  },
  rateLimitedRetryAfterMs: 60_000,
} satisfies PreauthProtocol);

const FieldName = z.string().trim().min(1).max(200);
const Codes = z.array(z.string().trim().min(1).max(50)).max(100);

const ProtocolSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, { error: 'expected lowercase letters, digits, dots and hyphens' }),
  verified: z.boolean(),
  provenance: z.string().trim().min(1).max(2000),
  operation: FieldName,
  requestFields: z.strictObject({
    token: FieldName,
    months: FieldName,
    categories: FieldName,
    allMonths: FieldName,
    allCategories: FieldName,
  }),
  monthFormat: z.enum(['roc-yyymm', 'yyyymm', 'yyyy-mm']),
  listFormat: z.enum(['array', 'comma']),
  flagValues: z.strictObject({ yes: z.string().max(50), no: z.string().max(50) }),
  statusField: FieldName,
  returnCodes: z.strictObject({
    grantExpired: Codes,
    grantRevoked: Codes,
    scopeNotAllowed: Codes,
    rateLimited: Codes,
    keyRejected: Codes,
  }),
  rateLimitedRetryAfterMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60 * 60 * 1000),
});

/**
 * Validates a pre-authorization protocol and returns a deeply frozen copy. Start from
 * {@link OBSERVED_SDK_PRODUCTION_2019} and replace what NHI specifies.
 *
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws {@link MhbGrantError} `PREAUTH_PROTOCOL_INVALID` naming the first invalid option, or when two request
 *   fields share one name.
 *
 * @example
 * ```ts
 * const protocol = definePreauthProtocol({
 *   ...OBSERVED_SDK_PRODUCTION_2019,
 *   id: 'nhi-preauth-2027',
 *   verified: true,
 *   provenance: 'NHI pre-authorization specification, version 1.0',
 *   monthFormat: 'yyyymm',
 * });
 * ```
 */
export function definePreauthProtocol(protocol: PreauthProtocol, locale: Locale = DEFAULT_LOCALE): PreauthProtocol {
  const result = ProtocolSchema.safeParse(protocol, parseOptionsFor(locale));
  if (!result.success) {
    const issue = result.error.issues[0];
    const option = ['protocol', ...(issue?.path ?? []).map(String)].join('.');
    throw new MhbGrantError('PREAUTH_PROTOCOL_INVALID', locale, { option, issue: issueText(issue, locale) });
  }

  const names = Object.values(result.data.requestFields);
  if (new Set(names).size !== names.length) {
    const issue = 'two fields share one name';
    throw new MhbGrantError('PREAUTH_PROTOCOL_INVALID', locale, { option: 'protocol.requestFields', issue });
  }
  return deepFreeze(result.data as PreauthProtocol);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
