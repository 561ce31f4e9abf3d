import { encodeBase64 } from './base64.js';
import type { RouteContext, RouteResult, SandboxEngine } from './engine.js';
import { envelopeReply } from './reply.js';
import type { TicketState } from './tickets.js';

/** Finds the ticket of a request; a ticket issued to another app counts as unknown, which keeps phases apart. */
function ticketOf(context: RouteContext): TicketState | undefined {
  const state = context.ticketNumber === undefined ? undefined : context.engine.tickets.get(context.ticketNumber);
  return state?.appKey === context.app.apiKey ? state : undefined;
}

/** Flips bytes in the middle of a zip so that inflating or checking the CRC fails, while the Base64 stays valid. */
function corrupt(zip: Uint8Array): Uint8Array {
  const damaged = zip.slice();
  const middle = Math.floor(damaged.length / 2);
  for (let i = middle; i < Math.min(damaged.length, middle + 16); i += 1) damaged[i] = damaged[i]! ^ 0xff;
  return damaged;
}

/** Returns another valid-looking server key by rotating every hex digit. */
function otherServerKey(serverKey: string): string {
  return serverKey.replace(/[0-9a-f]/g, (digit) => ((Number.parseInt(digit, 16) + 1) % 16).toString(16));
}

/**
 * Handles the download route. It checks the ticket's owner, expiry, acknowledgement, fetch interval and readiness
 * in that order, then returns the encrypted zip with its server key.
 */
export function download(context: RouteContext): RouteResult {
  const { engine, now } = context;
  const { profile, assumptions } = engine.config;
  const state = ticketOf(context);

  if (state === undefined) {
    return {
      reply: envelopeReply(profile, assumptions.unknownTicket, 'mhbkit sandbox: ticket check failed'),
      result: 'ticketRejected',
    };
  }
  if (now >= state.issuedAt + assumptions.ticketTtlMs) {
    return { reply: envelopeReply(profile, assumptions.expired, 'mhbkit sandbox: ticket expired'), result: 'expired' };
  }
  if (state.acknowledged) {
    const reply = envelopeReply(
      profile,
      assumptions.downloadAfterAcknowledge,
      'mhbkit sandbox: ticket already acknowledged',
    );
    return { reply, result: 'alreadyAcknowledged' };
  }
  if (state.lastFetchAt !== undefined && now - state.lastFetchAt < assumptions.minFetchIntervalMs) {
    const retryAfterMs = state.lastFetchAt + assumptions.minFetchIntervalMs - now;
    const reply = envelopeReply(profile, assumptions.tooSoon, 'mhbkit sandbox: fetched too soon', { retryAfterMs });
    return { reply, result: 'tooSoon' };
  }

  state.lastFetchAt = now;
  if (now < state.issued.readyAt.getTime()) {
    return {
      reply: envelopeReply(profile, assumptions.notReady, 'mhbkit sandbox: not produced yet'),
      result: 'notReady',
    };
  }

  const fault = engine.faults.take('download', 'ready');
  const zip = fault?.kind === 'corruptZip' ? corrupt(state.issued.zip) : state.issued.zip;
  const serverKey = fault?.kind === 'wrongServerKey' ? otherServerKey(state.issued.serverKey) : state.issued.serverKey;
  const fields = profile.responseFields;
  state.downloaded = true;

  const reply = envelopeReply(profile, { downloadType: '1' }, 'mhbkit sandbox: ready', {
    item: {
      [fields.serverKey]: serverKey,
      [fields.fileName]: state.issued.fileName,
      [fields.fileSize]: String(zip.length),
      [fields.file]: encodeBase64(zip),
    },
  });
  return { reply, result: fault === undefined ? 'ready' : `ready+fault:${fault.kind}` };
}

/** Handles the acknowledge route, which accepts exactly one acknowledgement per downloaded, unexpired ticket. */
export function acknowledge(context: RouteContext): RouteResult {
  const { engine, now } = context;
  const { profile, assumptions } = engine.config;
  const state = ticketOf(context);

  if (state === undefined || now >= state.issuedAt + assumptions.ticketTtlMs) {
    const reply = envelopeReply(profile, assumptions.acknowledgeUnknownTicket, 'mhbkit sandbox: ticket check failed');
    return { reply, result: 'acknowledgeRejected' };
  }
  if (state.acknowledged) {
    const reply = envelopeReply(profile, assumptions.secondAcknowledge, 'mhbkit sandbox: already acknowledged');
    return { reply, result: 'secondAcknowledge' };
  }
  if (!state.downloaded) {
    const reply = envelopeReply(profile, assumptions.acknowledgeBeforeDownload, 'mhbkit sandbox: not downloaded yet');
    return { reply, result: 'acknowledgeBeforeDownload' };
  }

  state.acknowledged = true;
  return { reply: envelopeReply(profile, {}, 'mhbkit sandbox: acknowledged'), result: 'acknowledged' };
}

/** Registers the download and acknowledge routes. */
export function registerRetrievalRoutes(engine: SandboxEngine): void {
  engine.route('download', download);
  engine.route('acknowledge', acknowledge);
}
