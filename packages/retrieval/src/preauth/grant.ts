import type { Locale } from '@mhbkit/core';
import * as z from 'zod';
import type { DeliveryPhase } from '../delivery/phase.js';
import { MhbGrantError } from './errors.js';
import { type GrantScope, GrantScopeSchema } from './grant-scope.js';
import { GrantToken } from './grant-token.js';
import { issueText, parseOptionsFor } from './issue-text.js';

/**
 * A pre-authorization (預先授權) as the back-end receives it from the app: the user consented once in the NHI SDK's
 * screens, and the back-end may request that user's file within the scope until `expiresAt`.
 *
 * NHI has not published this protocol. The fields are the ones a back-end needs to request production; how the app
 * obtains them from SDK 3.x is outside mhbkit.
 */
export interface Grant {
  /** The app's stable id of this grant, used as the store key and in log lines. Not a secret. */
  readonly id: string;
  /** The app's own id of the user (never a national ID); the minimum interval between pulls counts per user. */
  readonly userId: string;
  /** The opaque grant token; redacted when printed. */
  readonly token: GrantToken;
  /** The phase of the API key the grant was given under. */
  readonly phase: DeliveryPhase;
  /** The categories and months the grant covers. */
  readonly scope: GrantScope;
  /** When the user gave the grant. */
  readonly grantedAt: Date;
  /** When the grant ends; no file is requested at or after this time. */
  readonly expiresAt: Date;
}

/** The grant data an app sends, before validation. Times are `Date` objects, ISO 8601 strings or epoch ms. */
export interface GrantInput {
  readonly id: string;
  readonly userId: string;
  readonly token: string | GrantToken;
  readonly phase: DeliveryPhase;
  readonly scope: { readonly categories: 'all' | readonly string[]; readonly months: 'all' | readonly string[] };
  readonly grantedAt: Date | string | number;
  readonly expiresAt: Date | string | number;
}

const Identifier = z.string().trim().min(1).max(200);

const Instant = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.number().int().nonnegative()])
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), { error: 'expected a valid time' });

const GrantSchema = z
  .object({
    id: Identifier,
    userId: Identifier,
    token: z.union([z.custom<GrantToken>((value) => value instanceof GrantToken), z.string().trim().min(1).max(8192)]),
    phase: z.enum(['test', 'production']),
    scope: GrantScopeSchema,
    grantedAt: Instant,
    expiresAt: Instant,
  })
  // zod may run this check after a field failed, so it only compares two valid times.
  .refine((grant) => !bothTimes(grant) || grant.expiresAt.getTime() > grant.grantedAt.getTime(), {
    error: 'expected a time after grantedAt',
    path: ['expiresAt'],
  });

function bothTimes(grant: { grantedAt: unknown; expiresAt: unknown }): boolean {
  return grant.grantedAt instanceof Date && grant.expiresAt instanceof Date;
}

/**
 * Validates grant data from the app and returns a frozen {@link Grant} with the token wrapped as a secret.
 *
 * Unknown fields are ignored, so an app may send more than mhbkit reads.
 *
 * @param locale - the language of the error message. @defaultValue `'zh-TW'`
 * @throws {@link MhbGrantError} `GRANT_INVALID` naming the first invalid field; the message never shows the token.
 *
 * @example
 * ```ts
 * const grant = parseGrant(await request.json());
 * await client.addGrant(grant);
 * ```
 */
export function parseGrant(input: unknown, locale?: Locale): Grant {
  const result = GrantSchema.safeParse(input, parseOptionsFor(locale));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = (issue?.path ?? []).map(String).join('.') || 'grant';
    // The token's own value never reaches the message, because zod's issue text names only the expected shape.
    throw new MhbGrantError('GRANT_INVALID', locale, { field, issue: issueText(issue, locale) });
  }

  const data = result.data;
  return Object.freeze({
    id: data.id,
    userId: data.userId,
    token: GrantToken.from(data.token, locale),
    phase: data.phase,
    scope: Object.freeze(data.scope),
    grantedAt: data.grantedAt,
    expiresAt: data.expiresAt,
  });
}

/** Tells whether a grant has ended at `now` (ms since the epoch). */
export function isGrantExpired(grant: Pick<Grant, 'expiresAt'>, now: number): boolean {
  return now >= grant.expiresAt.getTime();
}
