import type { Locale } from '@mhbkit/core';
import type { DeliveryPhase } from '../delivery/phase.js';
import { MhbGrantError } from './errors.js';
import { type Grant, isGrantExpired } from './grant.js';
import type { GrantRecord, GrantStore, RevokedBy } from './grant-store.js';
import { GrantToken } from './grant-token.js';

/** @internal Rejects a grant or store of another phase. */
export function checkGrantPhase(
  clientPhase: DeliveryPhase,
  otherPhase: DeliveryPhase,
  subject: { en: string; zhTW: string },
  locale: Locale | undefined,
): void {
  if (clientPhase === otherPhase) return;
  const name = locale === 'en' ? subject.en : subject.zhTW;
  throw new MhbGrantError('GRANT_PHASE_MISMATCH', locale, { clientPhase, otherPhase, subject: name });
}

/**
 * @internal Stores a grant, or returns the stored record when it is already there.
 *
 * A revoked or expired record keeps its state when the same token is added again, so a grant is never used again
 * after revocation. A new token under the same id is a new consent and replaces the record.
 */
export async function addGrant(store: GrantStore, grant: Grant, now: number, locale?: Locale): Promise<GrantRecord> {
  checkGrantPhase(store.phase, grant.phase, { en: 'grant', zhTW: '預先授權' }, locale);

  const existing = await store.get(grant.id);
  if (existing !== undefined && grant.token.equals(existing.token)) return existing;

  const record: GrantRecord = {
    grantId: grant.id,
    userId: grant.userId,
    token: grant.token.reveal(),
    phase: grant.phase,
    scope: grant.scope,
    grantedAt: grant.grantedAt.getTime(),
    expiresAt: grant.expiresAt.getTime(),
    state: isGrantExpired(grant, now) ? 'expired' : 'active',
    updatedAt: now,
    // Tickets still owed under the replaced token are kept, so their files are delivered.
    tickets: existing?.tickets ?? [],
  };
  await store.put(record);
  return record;
}

/**
 * @internal Records a revocation. Revoking twice keeps the first time and cause.
 * @throws {@link MhbGrantError} `GRANT_NOT_FOUND` when the store has no such grant.
 */
export async function revokeGrant(
  store: GrantStore,
  grantId: string,
  by: RevokedBy,
  now: number,
  locale?: Locale,
): Promise<GrantRecord> {
  const record = await store.get(grantId);
  if (record === undefined) throw new MhbGrantError('GRANT_NOT_FOUND', locale, { grantId });
  if (record.state === 'revoked') return record;

  const revoked: GrantRecord = { ...record, state: 'revoked', revokedAt: now, revokedBy: by, updatedAt: now };
  await store.put(revoked);
  return revoked;
}

/** @internal Rebuilds the grant a record stands for. */
export function grantOf(record: GrantRecord): Grant {
  return Object.freeze({
    id: record.grantId,
    userId: record.userId,
    token: GrantToken.from(record.token),
    phase: record.phase,
    scope: record.scope,
    grantedAt: new Date(record.grantedAt),
    expiresAt: new Date(record.expiresAt),
  });
}
