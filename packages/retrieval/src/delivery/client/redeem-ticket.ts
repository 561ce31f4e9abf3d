import type { Locale } from '@mhbkit/core';
import type { DeliveryPhase } from '../phase.js';
import type { ResolvedRetrievalPolicy } from '../policy.js';
import type { RedeemOutcome } from '../redeem/outcome.js';
import type { DeliverySteps, TicketInput } from '../scheduler/delivery-types.js';
import { checkStorePhase, normalizeTicket } from '../scheduler/ticket-input.js';
import type { TicketRecord, TicketState, TicketStore } from '../store/ticket-store.js';

/** @internal What one redemption needs from the client. */
export interface RedeemContext<File> {
  readonly phase: DeliveryPhase;
  readonly policy: ResolvedRetrievalPolicy;
  readonly store: TicketStore;
  readonly steps: DeliverySteps<File>;
  readonly locale: Locale | undefined;
  readonly now: () => number;
}

/**
 * @internal Redeems one ticket: local checks first (TTL, minimum interval), then one download request, then opening
 * and parsing a ready file. It never waits: a request that would come too soon returns `rate-limited` with `retryAt`.
 */
export async function redeemTicket<File>(
  context: RedeemContext<File>,
  input: TicketInput,
  signal: AbortSignal,
): Promise<RedeemOutcome<File>> {
  const { phase, policy, store, steps, locale } = context;
  checkStorePhase(store, phase, locale);
  const { ticket, issuedAt } = normalizeTicket(input, phase, locale);
  const now = context.now();

  const stored = await store.get(ticket.reveal());
  let record: TicketRecord = stored ?? {
    ticket: ticket.reveal(),
    phase,
    state: 'pending',
    issuedAt: issuedAt ?? now,
    updatedAt: now,
    attempts: 0,
    nextAttemptAt: now,
  };
  // A ticket the caller has already committed keeps its state, so redeeming it again never causes a second
  // acknowledgement or a redelivery.
  const settled = record.state === 'committed' || record.state === 'acknowledged';
  const save = async (state: TicketState, changes: Partial<TicketRecord> = {}) => {
    record = { ...record, ...changes, state: settled ? record.state : state, updatedAt: context.now() };
    await store.put(record);
  };

  if (now - (issuedAt ?? record.issuedAt) > policy.ticketTtlMs) {
    await save('failed', { lastResult: 'expired' });
    return { status: 'expired', raw: { source: 'local' } };
  }
  if (record.lastFetchAt !== undefined && now < record.lastFetchAt + policy.minFetchIntervalMs) {
    return {
      status: 'rate-limited',
      retryAt: new Date(record.lastFetchAt + policy.minFetchIntervalMs),
      raw: { source: 'local' },
    };
  }

  await save(record.state === 'failed' ? 'pending' : record.state, { attempts: record.attempts + 1, lastFetchAt: now });
  const outcome = await steps.download(ticket, signal);
  switch (outcome.status) {
    case 'ready': {
      await save('produced', { lastResult: 'ready' });
      const delivery = await steps.open(ticket, outcome.download, signal);
      await save('downloaded', { zipSha256: delivery.zip.sha256 });
      return { status: 'ready', delivery, raw: outcome.raw };
    }
    case 'not-ready':
    case 'rate-limited':
      await save('pending', { lastResult: outcome.status, nextAttemptAt: outcome.retryAt.getTime() });
      return outcome;
    case 'unknown':
      await save('pending', { lastResult: outcome.status });
      return outcome;
    default:
      await save('failed', { lastResult: outcome.status });
      return outcome;
  }
}
