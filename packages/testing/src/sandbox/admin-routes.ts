import type { OperationName } from '@mhbkit/core';
import { isMhbError } from '@mhbkit/core';
import type { SandboxEngine } from './engine.js';
import type { InjectFaultOptions, SandboxFault, SandboxFaultKind } from './faults.js';
import { jsonReply } from './reply.js';
import type { IssuedTicket, IssueTicketOptions } from './tickets.js';

const FAULT_KINDS = new Set<SandboxFaultKind>([
  'serverError',
  'connectionReset',
  'slowHeaders',
  'stalledBody',
  'malformedEnvelope',
  'corruptZip',
  'wrongServerKey',
]);

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function errorReply(error: unknown) {
  if (isMhbError(error)) return { reply: jsonReply(400, { error: error.toJSON() }), result: `error:${error.code}` };
  return {
    reply: jsonReply(400, { error: { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' } }),
    result: 'error:INVALID_JSON',
  };
}

/**
 * Registers the admin routes under `/__sandbox`, for processes that cannot call the sandbox in-process:
 *
 * - `POST /__sandbox/tickets` with issue options as JSON returns the ticket number, masked ID, phase, ready and
 *   expiry times and file name (never the server key or the zip).
 * - `GET /__sandbox/requests` returns the request log.
 * - `POST /__sandbox/faults` with `{ operation, fault, times? }` injects a fault; `DELETE /__sandbox/faults` clears them.
 * - `POST /__sandbox/clock` with `{ advanceMs }` moves the sandbox clock forward; a negative or non-numeric
 *   `advanceMs` gets HTTP 400.
 */
export function registerAdminRoutes(
  engine: SandboxEngine,
  issueTicket: (options: IssueTicketOptions) => Promise<IssuedTicket>,
): void {
  engine.admin(async (_, request, path) => {
    const route = `${request.method} ${path}`;
    try {
      switch (route) {
        case 'POST /tickets': {
          const issued = await issueTicket((await readJson(request)) as IssueTicketOptions);
          const { ticket, maskedId, phase, readyAt, expiresAt, fileName } = issued;
          return { reply: jsonReply(201, { ticket, maskedId, phase, readyAt, expiresAt, fileName }), result: 'issued' };
        }
        case 'GET /requests':
          return { reply: jsonReply(200, { requests: engine.requests }), result: 'listed' };
        case 'POST /faults': {
          const body = await readJson(request);
          const fault = body['fault'] as SandboxFault | undefined;
          const operation = body['operation'];
          if (typeof operation !== 'string' || !FAULT_KINDS.has(String(fault?.kind) as SandboxFaultKind)) {
            const error = {
              code: 'INVALID_FAULT',
              message: `Send { operation, fault: { kind } } with kind one of ${[...FAULT_KINDS].join(', ')}.`,
            };
            return { reply: jsonReply(400, { error }), result: 'error:INVALID_FAULT' };
          }
          const options: InjectFaultOptions = typeof body['times'] === 'number' ? { times: body['times'] } : {};
          engine.faults.add(operation as OperationName, fault!, options);
          return { reply: jsonReply(201, { injected: true }), result: 'faultInjected' };
        }
        case 'DELETE /faults':
          engine.faults.clear();
          return { reply: jsonReply(200, { cleared: true }), result: 'faultsCleared' };
        case 'POST /clock': {
          const advanceMs = Number((await readJson(request))['advanceMs'] ?? 0);
          engine.config.clock.advance(advanceMs);
          return { reply: jsonReply(200, { now: engine.config.clock.now() }), result: 'clockAdvanced' };
        }
        default:
          return undefined;
      }
    } catch (error) {
      return errorReply(error);
    }
  });
}
