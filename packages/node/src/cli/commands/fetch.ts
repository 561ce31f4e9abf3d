import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DeliveryEvent } from '@mhbkit/retrieval';
import { createClient } from '../../client/create-client.js';
import { describeFsError, MhbNodeError } from '../../errors/node-error.js';
import { saveDelivery } from '../../files/save-delivery.js';
import { FileTicketStore } from '../../store/file-ticket-store.js';
import { readApiKey } from '../api-key-option.js';
import { exitCodeOf } from '../classify-error.js';
import { type ParsedCliCommand, stringOption } from '../command.js';
import { type CliContext, CliUsageError } from '../context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { ProgressReporter } from '../progress-reporter.js';

const PHASES = ['test', 'production'] as const;

function readPhase(context: CliContext, argument: string | undefined): (typeof PHASES)[number] {
  const value = (argument ?? context.env['MHB_PHASE'] ?? '').trim();
  if (value === '') throw new CliUsageError(context.message('PHASE_MISSING'));
  if (!PHASES.includes(value as (typeof PHASES)[number])) {
    throw new CliUsageError(
      context.message('INVALID_OPTION_VALUE', { option: '--phase', expected: PHASES.join(', ') }),
    );
  }
  return value as (typeof PHASES)[number];
}

function readPositiveInteger(context: CliContext, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 1) return number;
  throw new CliUsageError(
    context.message('INVALID_OPTION_VALUE', { option: '--max-failed-attempts', expected: '1, 2, 3, …' }),
  );
}

/** Formats the raw codes of a server response, such as `HTTP 200, G000, oType 2`. */
function rawCode(event: DeliveryEvent): string {
  const raw = event.raw;
  if (raw === undefined) return '-';
  const parts = [
    raw.httpStatus === undefined ? undefined : `HTTP ${raw.httpStatus}`,
    raw.returnCode,
    raw.downloadType === undefined ? undefined : `oType ${raw.downloadType}`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? raw.source : parts.join(', ');
}

/**
 * `mhb fetch --ticket <t>... --out <dir>`: redeems tickets through the observed endpoint profile at `--base-url`
 * (or `MHB_BASE_URL`), saves each delivery atomically to `--out`, and acknowledges it only after it is saved.
 * Ticket state is kept in a file store (`--store`, default `<out>/.mhb-tickets.<phase>.json`), so a rerun without
 * `--ticket` resumes unfinished tickets.
 */
export const fetchCommand: ParsedCliCommand = {
  name: 'fetch',
  options: {
    ticket: { type: 'string', multiple: true, short: 't' },
    out: { type: 'string', short: 'o' },
    'base-url': { type: 'string' },
    phase: { type: 'string' },
    store: { type: 'string' },
    'api-key': { type: 'string' },
    'max-failed-attempts': { type: 'string' },
  },

  async run(context, parsed) {
    const out = stringOption(parsed, 'out');
    if (out === undefined) {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '--out <dir>', hint: 'mhb fetch --ticket <ticket> --out <dir>' }),
      );
    }
    // The profile's own base URL is NHI's production host, so it is never used without an explicit choice.
    const baseUrl = (stringOption(parsed, 'base-url') ?? context.env['MHB_BASE_URL'] ?? '').trim();
    if (baseUrl === '') {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '--base-url', hint: context.message('BASE_URL_HINT') }),
      );
    }

    const apiKey = readApiKey(context, stringOption(parsed, 'api-key'));
    const maxFailedAttempts = readPositiveInteger(context, stringOption(parsed, 'max-failed-attempts'));
    const phase = readPhase(context, stringOption(parsed, 'phase'));
    const directory = resolve(context.cwd, out);
    const storePath = resolve(context.cwd, stringOption(parsed, 'store') ?? join(out, `.mhb-tickets.${phase}.json`));
    const tickets = parsed.values['ticket'];
    for (const folder of [directory, dirname(storePath)]) {
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw new MhbNodeError('NODE_FILE_WRITE_FAILED', context.locale, {
          path: folder,
          reason: describeFsError(error),
        });
      }
    }

    context.stderr.write(`${context.message('UNVERIFIED_PROFILE_WARNING')}\n`);
    const store = new FileTicketStore(storePath, phase, { locale: context.locale });
    const client = createClient({
      apiKey,
      phase,
      baseUrl,
      locale: context.locale,
      allowUnverifiedProfile: true,
      env: context.env,
      store,
      ...(maxFailedAttempts === undefined ? {} : { policy: { maxFailedAttempts } }),
    });

    const reporter = new ProgressReporter(context);
    let failed = 0;
    let exitCode: ExitCode = EXIT_CODES.ok;
    let saved = 0;
    let acknowledged = 0;
    // The key is the same for every ticket, so the hint is printed once.
    let keyHintShown = false;
    const deliveries = client.deliveries({
      ...(context.signal === undefined ? {} : { signal: context.signal }),
      ...(Array.isArray(tickets) ? { tickets: tickets.map(String) } : {}),
      onProgress: (progress) => {
        acknowledged = progress.acknowledged;
        reporter.update(progress);
      },
      onEvent: (event) => {
        const ticket = String(event.ticket);
        if (event.state === 'pending' && event.error === undefined) {
          // The event has no next attempt time, so it is read from the store, which is saved before the event.
          void store
            .get(event.ticket.reveal())
            .catch(() => undefined)
            .then((record) => {
              const next = record === undefined ? '?' : new Date(record.nextAttemptAt).toISOString();
              reporter.line(
                context.message('FETCH_WAITING', { ticket, result: event.result, raw: rawCode(event), next }),
              );
              if (event.result === 'unknown' && event.raw?.downloadType === '2') {
                reporter.line(context.message('FETCH_TYPE_2_HINT'));
              }
            });
          return;
        }
        if (event.state !== 'failed') {
          if (event.error !== undefined)
            reporter.line(context.message('FETCH_RETRYING', { ticket, result: event.result }));
          return;
        }

        failed += 1;
        // A ticket that failed on the network gives the network exit code, unless another failure came first.
        const code = event.error === undefined ? EXIT_CODES.failure : exitCodeOf(event.error);
        if (exitCode === EXIT_CODES.ok) exitCode = code === EXIT_CODES.network ? code : EXIT_CODES.failure;
        reporter.line(context.message('FETCH_FAILED', { ticket, result: event.result }));
        if (event.result === 'key-rejected' && !keyHintShown) {
          keyHintShown = true;
          reporter.line(context.message('FETCH_KEY_REJECTED_HINT', { phase }));
        }
      },
    });

    // A delivery is acknowledged after this loop body completes, so only after saveDelivery has resolved.
    try {
      for await (const delivery of deliveries) {
        const { path } = await saveDelivery(directory, delivery, { locale: context.locale });
        saved += 1;
        reporter.saved();
        reporter.line(context.message('FETCH_SAVED', { path, ticket: String(delivery.ticket) }));
      }
    } catch (error) {
      if (context.signal?.aborted !== true) throw error;
      reporter.finish();
      context.stderr.write(`${context.message('FETCH_INTERRUPTED', { saved, store: storePath })}\n`);
      return EXIT_CODES.interrupted;
    }

    reporter.finish();
    context.stderr.write(`${context.message('FETCH_DONE', { saved, acknowledged, failed })}\n`);
    return exitCode;
  },
};
