import { type GrantScope, isScopeWithin, type PreauthProtocol } from '@mhbkit/retrieval';
import type { SandboxResponseRule } from './assumptions.js';
import type { RouteContext, RouteResult } from './engine.js';
import type { IssueGrantOptions } from './grants.js';
import type { SandboxGrantAssumptions } from './grants-assumptions.js';
import { envelopeReply, jsonReply } from './reply.js';
import { createTicket } from './tickets.js';

/** A grant and its server-side state. */
export interface SandboxGrantState {
  readonly grantId: string;
  readonly userId: string;
  readonly token: string;
  readonly appKey: string;
  readonly maskedId: string;
  readonly scope: GrantScope;
  readonly expiresAt: number;
  readonly file: IssueGrantOptions['file'];
  readonly readyAfterMs: number | undefined;
  revokedAt: number | undefined;
  lastRequestAt: number | undefined;
  /** Tickets issued under this grant, oldest first. */
  readonly tickets: string[];
}

/** The settings of the production route. */
export interface GrantRouteConfig {
  readonly protocol: PreauthProtocol;
  readonly assumptions: SandboxGrantAssumptions;
  readonly grants: ReadonlyMap<string, SandboxGrantState>;
}

/** The offset between Gregorian and Republic of China (民國) years. */
const ROC_YEAR_OFFSET = 1911;

/** Reads one month as the protocol writes it and returns it as `YYYY-MM`, or `undefined` when unreadable. */
function readMonth(value: unknown, protocol: PreauthProtocol): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const patterns = { 'roc-yyymm': /^(\d{3})(\d{2})$/, yyyymm: /^(\d{4})(\d{2})$/, 'yyyy-mm': /^(\d{4})-(\d{2})$/ };
  const match = patterns[protocol.monthFormat].exec(text);
  if (match === null) return undefined;

  const year = Number(match[1]) + (protocol.monthFormat === 'roc-yyymm' ? ROC_YEAR_OFFSET : 0);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

function readList(value: unknown, protocol: PreauthProtocol): unknown[] | undefined {
  if (protocol.listFormat === 'array') return Array.isArray(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  return value === '' ? [] : value.split(',');
}

/** Reads the requested scope from the request fields, or returns `undefined` for a request it cannot read. */
export function readRequestedScope(
  fields: Readonly<Record<string, unknown>>,
  protocol: PreauthProtocol,
): GrantScope | undefined {
  const names = protocol.requestFields;
  const flag = (name: string) => fields[name] === protocol.flagValues.yes;

  let months: GrantScope['months'] = 'all';
  if (!flag(names.allMonths)) {
    const list = readList(fields[names.months], protocol)?.map((month) => readMonth(month, protocol));
    if (list === undefined || list.length === 0 || list.some((month) => month === undefined)) return undefined;
    months = list as string[];
  }

  let categories: GrantScope['categories'] = 'all';
  if (!flag(names.allCategories)) {
    const list = readList(fields[names.categories], protocol);
    if (list === undefined || list.length === 0 || list.some((entry) => typeof entry !== 'string' || entry === '')) {
      return undefined;
    }
    categories = list as string[];
  }
  return { categories, months };
}

function refuse(context: RouteContext, rule: SandboxResponseRule, result: string, retryAfterMs?: number): RouteResult {
  const options = retryAfterMs === undefined ? {} : { retryAfterMs };
  return { reply: envelopeReply(context.engine.config.profile, rule, `mhbkit sandbox: ${result}`, options), result };
}

/**
 * Handles a production request: finds the grant by its token, checks its owner, revocation, expiry, scope and request
 * interval in that order, then issues a ticket the download route serves.
 */
export async function requestProduction(context: RouteContext, config: GrantRouteConfig): Promise<RouteResult> {
  const { engine, fields, app, now } = context;
  const { protocol, assumptions } = config;
  const { profile } = engine.config;

  const token = fields[protocol.requestFields.token];
  const grant = typeof token === 'string' ? config.grants.get(token) : undefined;
  if (grant === undefined || grant.appKey !== app.apiKey)
    return refuse(context, assumptions.unknownGrant, 'unknownGrant');
  if (grant.revokedAt !== undefined) return refuse(context, assumptions.grantRevoked, 'grantRevoked');
  if (now >= grant.expiresAt) return refuse(context, assumptions.grantExpired, 'grantExpired');

  const requested = readRequestedScope(fields, protocol);
  if (requested === undefined) return refuse(context, engine.config.assumptions.malformedRequest, 'malformedRequest');
  if (!isScopeWithin(requested, grant.scope)) return refuse(context, assumptions.scopeNotAllowed, 'scopeNotAllowed');

  const wait = grant.lastRequestAt === undefined ? 0 : grant.lastRequestAt + assumptions.minRequestIntervalMs - now;
  if (wait > 0) return refuse(context, assumptions.tooManyRequests, 'tooManyRequests', wait);

  grant.lastRequestAt = now;
  const state = await createTicket({
    appKey: app.apiKey,
    phase: app.phase,
    maskedId: grant.maskedId,
    file: { seed: `${String(engine.config.seed)}:grant:${grant.grantId}:${grant.tickets.length}`, ...grant.file },
    readyAfterMs: grant.readyAfterMs ?? engine.config.readyAfterMs,
    ttlMs: engine.config.assumptions.ticketTtlMs,
    encryption: engine.config.encryption,
    now,
    random: engine.random,
  });
  engine.tickets.set(state.issued.ticket, state);
  grant.tickets.push(state.issued.ticket);

  const names = profile.responseFields;
  const item = { [protocol.statusField]: assumptions.requestedStatus, [names.ticketNumber]: state.issued.ticket };
  const body = { [names.returnCode]: 'G000', [names.message]: 'mhbkit sandbox: requested', [names.items]: [item] };
  return { reply: jsonReply(200, body), result: 'requested' };
}
