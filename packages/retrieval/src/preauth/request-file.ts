import { isMhbApiError, type Locale, type Logger, type Transport } from '@mhbkit/core';
import type { DeliveryPhase } from '../delivery/phase.js';
import type { TicketRecord, TicketStore } from '../delivery/store/ticket-store.js';
import { classifyProduction } from './classify-production.js';
import { MhbGrantError } from './errors.js';
import { type Grant, isGrantExpired } from './grant.js';
import { addGrant, checkGrantPhase, grantOf, revokeGrant } from './grant-records.js';
import { type GrantScope, isScopeWithin, parseGrantScope } from './grant-scope.js';
import type { GrantRecord, GrantStore } from './grant-store.js';
import type { PreauthProtocol } from './preauth-protocol.js';
import { productionFields } from './production-fields.js';
import type { ProductionOutcome, ProductionRawCodes } from './production-outcome.js';

/** @internal What a production request needs from the client. */
export interface RequestFileContext {
  readonly transport: Transport;
  readonly protocol: PreauthProtocol;
  readonly phase: DeliveryPhase;
  readonly grants: GrantStore;
  readonly tickets: TicketStore;
  readonly now: () => number;
  readonly logger: Logger;
  readonly locale: Locale | undefined;
}

const LOCAL: ProductionRawCodes = Object.freeze({ source: 'local' });

/**
 * @internal Requests production of one file under a grant. Local checks come first (revoked, expired, scope), so a
 * grant that cannot be used sends no request. A ticket is linked to its grant before it is added to the ticket store,
 * so a crash between the two still leaves it reachable from the grant.
 */
export async function requestFile(
  context: RequestFileContext,
  target: Grant | string,
  requestedScope: GrantScope | undefined,
  signal: AbortSignal | undefined,
): Promise<ProductionOutcome> {
  const { grants, locale, logger } = context;
  checkGrantPhase(context.phase, grants.phase, { en: 'grant store', zhTW: '授權儲存區' }, locale);

  let record = await loadRecord(context, target);
  const grant = grantOf(record);
  const now = context.now();

  if (record.state === 'revoked') return { status: 'grant-revoked', raw: LOCAL };
  if (record.state === 'expired') return { status: 'grant-expired', raw: LOCAL };
  if (isGrantExpired(grant, now)) {
    await grants.put({ ...record, state: 'expired', lastResult: 'grant-expired', updatedAt: now });
    logger.info('grant expired', { grantId: grant.id });
    return { status: 'grant-expired', raw: LOCAL };
  }

  const scope = requestedScope === undefined ? grant.scope : parseGrantScope(requestedScope, locale);
  if (!isScopeWithin(scope, grant.scope)) {
    await grants.put({ ...record, lastResult: 'scope-not-allowed', updatedAt: now });
    return { status: 'scope-not-allowed', raw: LOCAL };
  }

  const outcome = await send(context, grant, scope, signal);
  record = (await grants.get(grant.id)) ?? record;
  const sentAt = { lastRequestAt: now, lastResult: outcome.status, updatedAt: context.now() };
  logger.info('file requested', { grantId: grant.id, status: outcome.status, returnCode: outcome.raw.returnCode });

  switch (outcome.status) {
    case 'requested': {
      const ticket = outcome.ticket.reveal();
      const tickets = record.tickets.includes(ticket) ? record.tickets : [...record.tickets, ticket];
      await grants.put({ ...record, ...sentAt, tickets });
      // The ticket store belongs to the delivery engine, which runs on the system clock, not on an injected one.
      await addTicket(context.tickets, ticket, context.phase, Date.now());
      return outcome;
    }
    case 'grant-expired':
      await grants.put({ ...record, ...sentAt, state: 'expired' });
      return outcome;
    case 'grant-revoked':
      await grants.put({ ...record, ...sentAt });
      await revokeGrant(grants, grant.id, 'nhi', context.now(), locale);
      return outcome;
    case 'rate-limited':
      await grants.put({ ...record, ...sentAt, nextRequestAt: outcome.retryAt.getTime() });
      return outcome;
    default:
      await grants.put({ ...record, ...sentAt });
      return outcome;
  }
}

async function loadRecord(context: RequestFileContext, target: Grant | string): Promise<GrantRecord> {
  if (typeof target !== 'string') return addGrant(context.grants, target, context.now(), context.locale);

  const record = await context.grants.get(target);
  if (record === undefined) throw new MhbGrantError('GRANT_NOT_FOUND', context.locale, { grantId: target });
  return record;
}

async function send(
  context: RequestFileContext,
  grant: Grant,
  scope: GrantScope,
  signal: AbortSignal | undefined,
): Promise<ProductionOutcome> {
  const { transport, protocol, locale } = context;
  const { profile } = transport.config;
  if (profile.operations[protocol.operation] === undefined) {
    throw new MhbGrantError('PREAUTH_OPERATION_MISSING', locale, {
      profile: profile.id,
      operation: protocol.operation,
    });
  }

  const classify = { fields: profile.responseFields, protocol, grantId: grant.id, now: context.now(), locale };
  const fields = productionFields(grant.token, scope, protocol);
  try {
    const response = await transport.call(protocol.operation, fields, signal === undefined ? {} : { signal });
    return classifyProduction({ httpStatus: response.status, body: response.body }, classify);
  } catch (error) {
    // The transport raises 429 after its retries; it is an outcome, not a failure of the call.
    if (isMhbApiError(error) && error.status === 429) {
      return classifyProduction({ httpStatus: 429, body: undefined }, classify);
    }
    throw error;
  }
}

async function addTicket(store: TicketStore, ticket: string, phase: DeliveryPhase, now: number): Promise<void> {
  if ((await store.get(ticket)) !== undefined) return;

  const record: TicketRecord = {
    ticket,
    phase,
    state: 'pending',
    issuedAt: now,
    updatedAt: now,
    attempts: 0,
    nextAttemptAt: now,
  };
  await store.put(record);
}
