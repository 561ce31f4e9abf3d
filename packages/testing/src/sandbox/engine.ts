import type { EndpointProfile, OperationName } from '@mhbkit/core';
import { SeededRandom } from '../generator/random.js';
import type { ZipEncryption } from '../zip/zip-entry.js';
import { findApp, lastFour, type SandboxApp } from './apps.js';
import type { SandboxAssumptions } from './assumptions.js';
import type { SandboxClock } from './clock.js';
import { FaultTable, type SandboxFault } from './faults.js';
import { envelopeReply, jsonReply, type SandboxReply } from './reply.js';
import type { SandboxRequestRecord } from './request-log.js';
import { readRequest } from './request-reader.js';
import type { TicketState } from './tickets.js';

/** The input of a route handler: the request already read, with its API key matched to an app. */
export interface RouteContext {
  readonly engine: SandboxEngine;
  readonly request: Request;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly app: SandboxApp;
  /** The ticket number from the profile's ticket field, when present. */
  readonly ticketNumber: string | undefined;
  /** The sandbox clock time of the request. */
  readonly now: number;
}

/** A route's reply and the result recorded in the request log. */
export interface RouteResult {
  readonly reply: SandboxReply;
  readonly result: string;
}

/** Handles one profile operation. */
export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>;

/** Handles a route under the admin prefix; `path` is the part after the prefix, e.g. `/tickets`. */
export type AdminHandler = (engine: SandboxEngine, request: Request, path: string) => Promise<RouteResult | undefined>;

/** The configuration an engine runs with. */
export interface EngineConfig {
  readonly profile: EndpointProfile;
  readonly assumptions: SandboxAssumptions;
  readonly apps: readonly SandboxApp[];
  readonly clock: SandboxClock;
  readonly seed: number | string;
  readonly readyAfterMs: number;
  readonly encryption: ZipEncryption;
}

/** The prefix of the sandbox's own routes; NHI paths never start with it. */
export const ADMIN_PREFIX = '/__sandbox';

/** Faults that replace the response without processing the request. */
const SHORT_CIRCUIT = new Set(['serverError', 'connectionReset', 'malformedEnvelope']);

/**
 * The sandbox core: a route table keyed by the profile's operation names, the ticket state, injected faults and
 * the request log. It reads web-standard `Request` objects and returns {@link SandboxReply} values, so the msw
 * handlers and the Node server share it.
 */
export class SandboxEngine {
  readonly config: EngineConfig;
  readonly tickets = new Map<string, TicketState>();
  readonly faults = new FaultTable();
  readonly requests: SandboxRequestRecord[] = [];
  readonly random: SeededRandom;
  readonly #routes = new Map<OperationName, RouteHandler>();
  #admin: AdminHandler | undefined;

  constructor(config: EngineConfig) {
    this.config = config;
    this.random = new SeededRandom(`${String(config.seed)}:sandbox`);
  }

  /** Registers the handler of a profile operation, e.g. a `requestProduction` route. */
  route(operation: OperationName, handler: RouteHandler): void {
    this.#routes.set(operation, handler);
  }

  /** Registers the handler of the admin routes. */
  admin(handler: AdminHandler): void {
    this.#admin = handler;
  }

  /** Appends a request to the log. */
  record(operation: string, ticket: string | undefined, result: string, httpStatus: number): void {
    this.requests.push({ at: this.config.clock.now(), operation, ticket: lastFour(ticket), result, httpStatus });
  }

  /**
   * Handles one request and returns the reply the adapter sends. An unexpected error becomes HTTP 500 and a log
   * entry with the error's name, so an adapter never has to handle a rejection.
   */
  async handle(request: Request): Promise<SandboxReply> {
    try {
      return await this.#handle(request);
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      this.record('unknown', undefined, `internalError:${name}`, 500);
      return jsonReply(500, { error: `mhbkit sandbox: internal error (${name}).` });
    }
  }

  async #handle(request: Request): Promise<SandboxReply> {
    const { profile } = this.config;
    const url = new URL(request.url);
    const basePath = new URL(profile.baseUrl).pathname.replace(/\/$/, '');
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;

    if (path.startsWith(`${ADMIN_PREFIX}/`) && this.#admin !== undefined) {
      const outcome = await this.#admin(this, request, path.slice(ADMIN_PREFIX.length));
      if (outcome !== undefined) {
        this.record(`admin:${path.slice(ADMIN_PREFIX.length + 1)}`, undefined, outcome.result, outcome.reply.status);
        return outcome.reply;
      }
    }

    const operation = Object.entries(profile.operations).find(
      ([, definition]) => definition?.path === path && (definition.method ?? 'POST') === request.method,
    )?.[0];
    if (operation === undefined) {
      this.record('unknown', undefined, 'notFound', 404);
      return jsonReply(404, { error: `No sandbox route for ${request.method} ${url.pathname}.` });
    }

    const fault = this.faults.take(operation, 'request');
    if (fault !== undefined && SHORT_CIRCUIT.has(fault.kind)) {
      const reply = faultReply(fault);
      this.record(operation, undefined, `fault:${fault.kind}`, fault.kind === 'connectionReset' ? 0 : reply.status);
      return reply;
    }

    const { reply, result, ticket } = await this.#dispatch(operation, request);
    this.record(operation, ticket, fault === undefined ? result : `${result}+fault:${fault.kind}`, reply.status);
    return fault === undefined ? reply : withDelivery(reply, fault);
  }

  async #dispatch(operation: OperationName, request: Request): Promise<RouteResult & { ticket: string | undefined }> {
    const { profile, assumptions, apps, clock } = this.config;
    const { fields, apiKey } = await readRequest(request, profile);
    const rawTicket = fields?.[profile.requestFields.ticketNumber];
    const ticket = typeof rawTicket === 'string' ? rawTicket : undefined;

    if (fields === undefined) {
      const reply = envelopeReply(profile, assumptions.malformedRequest, 'mhbkit sandbox: unreadable request');
      return { reply, result: 'malformedRequest', ticket };
    }
    const app = findApp(apps, apiKey);
    if (app === undefined) {
      return {
        reply: envelopeReply(profile, assumptions.keyRejected, 'mhbkit sandbox: API key rejected'),
        result: 'keyRejected',
        ticket,
      };
    }
    const handler = this.#routes.get(operation);
    if (handler === undefined) {
      return {
        reply: jsonReply(501, { error: `The sandbox does not implement ${operation}.` }),
        result: 'notImplemented',
        ticket,
      };
    }

    const outcome = await handler({ engine: this, request, fields, app, ticketNumber: ticket, now: clock.now() });
    return { ...outcome, ticket };
  }
}

function faultReply(fault: SandboxFault): SandboxReply {
  switch (fault.kind) {
    case 'serverError': {
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      return jsonReply(fault.status ?? 503, { error: 'mhbkit sandbox: injected server error' }, headers);
    }
    case 'malformedEnvelope':
      return fault.variant === 'missingReturnCode'
        ? jsonReply(200, { rMsg: 'mhbkit sandbox: envelope without a return code', sub: null })
        : { ...jsonReply(200, null), body: '{"RtnCode": "G000", "sub": [' };
    default:
      return { ...jsonReply(200, null), body: '', delivery: { kind: 'reset' } };
  }
}

function withDelivery(reply: SandboxReply, fault: SandboxFault): SandboxReply {
  if (fault.kind === 'slowHeaders') return { ...reply, delivery: { kind: 'slowHeaders', delayMs: fault.delayMs } };
  if (fault.kind === 'stalledBody') {
    const afterBytes = fault.afterBytes ?? Math.floor(reply.body.length / 2);
    return { ...reply, delivery: { kind: 'stalledBody', afterBytes } };
  }
  return reply;
}
