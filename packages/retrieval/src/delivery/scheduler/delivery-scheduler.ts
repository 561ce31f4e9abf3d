import { isMhbError, type Locale, type Logger, noopLogger, type TicketNumber } from '@mhbkit/core';
import { isMhbDecryptError } from '../errors.js';
import type { DeliveryPhase } from '../phase.js';
import type { ResolvedRetrievalPolicy } from '../policy.js';
import type { ReadyDelivery } from '../redeem/outcome.js';
import { isFinalTicketState, type TicketRecord, type TicketState, type TicketStore } from '../store/ticket-store.js';
import {
  DEFAULT_DELIVERY_CONCURRENCY,
  type DeliveriesOptions,
  type Delivery,
  type DeliveryEvent,
  type DeliveryProgress,
  type DeliverySteps,
} from './delivery-types.js';
import { checkStorePhase, normalizeTicket, phaseMismatch } from './ticket-input.js';

/** @internal What the scheduler needs from the client. */
export interface SchedulerContext<File> {
  readonly phase: DeliveryPhase;
  readonly policy: ResolvedRetrievalPolicy;
  readonly store: TicketStore;
  readonly steps: DeliverySteps<File>;
  readonly locale?: Locale | undefined;
  /** The current time in ms since the epoch. @defaultValue `Date.now` */
  readonly now?: () => number;
  /** Receives retries, give-ups and caught errors; tickets appear redacted. @defaultValue `noopLogger` */
  readonly logger?: Logger | undefined;
}

interface Job {
  readonly kind: 'fetch' | 'ack';
  readonly ticket: TicketNumber;
  record: TicketRecord;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * @internal Runs many tickets through download, delivery, commit and acknowledgement with bounded concurrency.
 *
 * Jobs wait in one pool. Whenever a slot frees, the due job with the earliest next-attempt time runs. A ticket that
 * is not produced yet gets a later next-attempt time, so it moves behind the others instead of blocking them. Downloads stop while `concurrency`
 * deliveries wait for the loop body, which bounds memory.
 */
export async function* runDeliveries<File>(
  context: SchedulerContext<File>,
  options: DeliveriesOptions,
): AsyncGenerator<Delivery<File>, void, undefined> {
  const scheduler = new DeliveryScheduler(context, options);
  try {
    await scheduler.load(options);
    yield* scheduler.iterate();
  } finally {
    await scheduler.stop();
  }
}

class DeliveryScheduler<File> {
  readonly #context: SchedulerContext<File>;
  readonly #options: DeliveriesOptions;
  readonly #concurrency: number;
  readonly #now: () => number;
  readonly #logger: Logger;
  readonly #controller = new AbortController();
  /**
   * Acknowledgements are aborted only by the caller's signal, not by `break`: an aborted acknowledgement may already
   * have reached the server, and the store would still record `committed`, which leads to a second acknowledgement.
   */
  readonly #ackController = new AbortController();
  readonly #jobs = new Map<string, Job>();
  readonly #running = new Set<Promise<void>>();
  readonly #buffer: Delivery<File>[] = [];
  readonly #progress: Mutable<DeliveryProgress> = {
    total: 0,
    requests: 0,
    bytes: 0,
    delivered: 0,
    committed: 0,
    acknowledged: 0,
    failed: 0,
  };
  #fetching = 0;
  #uncommitted = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wake: (() => void) | undefined;
  #error: unknown;
  #stopped = false;

  constructor(context: SchedulerContext<File>, options: DeliveriesOptions) {
    this.#context = context;
    this.#options = options;
    // NaN would fail every `running < concurrency` check and leave the loop waiting forever, so it counts as 1.
    const concurrency = Math.floor(options.concurrency ?? DEFAULT_DELIVERY_CONCURRENCY);
    this.#concurrency = Number.isNaN(concurrency) ? 1 : Math.max(1, concurrency);
    this.#now = context.now ?? Date.now;
    this.#logger = context.logger ?? noopLogger;
  }

  /** Adds the given tickets to the store and queues every unfinished ticket of this run. */
  async load(options: DeliveriesOptions): Promise<void> {
    const { store, phase, locale } = this.#context;
    checkStorePhase(store, phase, locale);

    const records: TicketRecord[] = [];
    if (options.tickets === undefined) {
      records.push(...(await store.list()));
    } else {
      for (const input of options.tickets) {
        const { ticket, issuedAt } = normalizeTicket(input, phase, locale);
        const existing = await store.get(ticket.reveal());
        if (existing !== undefined) {
          records.push(existing);
          continue;
        }

        const now = this.#now();
        const record: TicketRecord = {
          ticket: ticket.reveal(),
          phase,
          state: 'pending',
          issuedAt: issuedAt ?? now,
          updatedAt: now,
          attempts: 0,
          nextAttemptAt: now,
        };
        await store.put(record);
        records.push(record);
      }
    }

    for (const record of records) {
      if (this.#jobs.has(record.ticket)) continue;
      if (record.phase !== phase) {
        const subject = locale === 'en' ? 'ticket store record' : '票證儲存區中的紀錄';
        throw phaseMismatch(phase, record.phase, subject, locale);
      }
      if (isFinalTicketState(record.state)) continue;

      const { ticket } = normalizeTicket(record.ticket, phase, locale);
      this.#progress.total++;
      this.#enqueue({ kind: record.state === 'committed' ? 'ack' : 'fetch', ticket, record });
    }
    this.#options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  async *iterate(): AsyncGenerator<Delivery<File>, void, undefined> {
    // The abort listener is added after loading, so a signal that aborted before must stop the run before any request.
    this.#options.signal?.throwIfAborted();
    this.#logger.info('deliveries started', { tickets: this.#progress.total, concurrency: this.#concurrency });
    this.#pump();
    while (true) {
      this.#options.signal?.throwIfAborted();
      if (this.#error !== undefined) throw this.#error;

      const delivery = this.#buffer.shift();
      if (delivery !== undefined) {
        this.#progress.delivered++;
        this.#report();
        yield delivery;
        // The loop body completed without throwing or breaking, so the caller has handled this delivery.
        await delivery.commit();
        continue;
      }

      if (this.#jobs.size === 0 && this.#running.size === 0 && this.#uncommitted === 0) {
        this.#logger.info('deliveries finished', { ...this.#progress });
        return;
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  /**
   * Aborts in-flight downloads, clears the timer and waits until every running step has settled. In-flight
   * acknowledgements run to their end unless the caller's signal aborted.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#controller.abort();
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    await Promise.allSettled([...this.#running]);
  }

  readonly #onAbort = () => {
    this.#controller.abort();
    this.#ackController.abort();
    this.#notify();
  };

  #enqueue(job: Job): void {
    const { policy } = this.#context;
    if (job.kind === 'fetch' && job.record.lastFetchAt !== undefined) {
      const allowed = job.record.lastFetchAt + policy.minFetchIntervalMs;
      if (job.record.nextAttemptAt < allowed) job.record = { ...job.record, nextAttemptAt: allowed };
    }
    this.#jobs.set(job.record.ticket, job);
  }

  /** Starts due jobs while slots are free, and arms a timer for the next job that is not due yet. */
  #pump(): void {
    if (this.#stopped || this.#controller.signal.aborted) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;

    const now = this.#now();
    while (this.#running.size < this.#concurrency) {
      const job = this.#nextJob(now);
      if (job === undefined) break;

      this.#jobs.delete(job.record.ticket);
      this.#start(job);
    }

    const earliest = this.#earliestWaiting();
    if (earliest !== undefined && this.#running.size < this.#concurrency) {
      this.#timer = setTimeout(() => this.#pump(), Math.max(0, earliest - now));
    }
    this.#notify();
  }

  /** Picks the due job with the earliest next-attempt time; downloads wait while the buffer is full. */
  #nextJob(now: number): Job | undefined {
    let chosen: Job | undefined;
    const mayFetch = this.#fetching + this.#uncommitted < this.#concurrency;
    for (const job of this.#jobs.values()) {
      if (job.record.nextAttemptAt > now) continue;
      if (job.kind === 'fetch' && !mayFetch) continue;
      if (chosen === undefined || job.record.nextAttemptAt < chosen.record.nextAttemptAt) chosen = job;
    }
    return chosen;
  }

  #earliestWaiting(): number | undefined {
    let earliest: number | undefined;
    const mayFetch = this.#fetching + this.#uncommitted < this.#concurrency;
    for (const job of this.#jobs.values()) {
      if (job.kind === 'fetch' && !mayFetch) continue;
      if (earliest === undefined || job.record.nextAttemptAt < earliest) earliest = job.record.nextAttemptAt;
    }
    return earliest;
  }

  #start(job: Job): void {
    if (job.kind === 'fetch') this.#fetching++;
    const run = (job.kind === 'fetch' ? this.#fetch(job) : this.#acknowledge(job))
      .catch((error: unknown) => {
        if (!this.#controller.signal.aborted && this.#error === undefined) this.#error = error;
      })
      .finally(() => {
        if (job.kind === 'fetch') this.#fetching--;
        this.#running.delete(run);
        this.#pump();
      });
    this.#running.add(run);
  }

  async #fetch(job: Job): Promise<void> {
    const { policy, steps } = this.#context;
    const signal = this.#controller.signal;
    const now = this.#now();

    if (now - job.record.issuedAt > policy.ticketTtlMs) {
      await this.#save(job, { state: 'failed', lastResult: 'expired' });
      this.#emit(job, 'expired', { raw: { source: 'local' } });
      return;
    }

    await this.#save(job, { attempts: job.record.attempts + 1, lastFetchAt: now });
    this.#progress.requests++;

    let delivery: ReadyDelivery<File>;
    try {
      const outcome = await steps.download(job.ticket, signal);
      if (outcome.status !== 'ready') {
        await this.#settleNotReady(job, outcome);
        return;
      }

      this.#progress.bytes += outcome.download.zip.byteLength;
      await this.#save(job, { state: 'produced', lastResult: 'ready' });
      delivery = await steps.open(job.ticket, outcome.download, signal);
    } catch (error) {
      if (signal.aborted) return;
      await this.#settleFailure(job, error);
      return;
    }

    await this.#save(job, { state: 'downloaded', zipSha256: delivery.zip.sha256 });
    this.#emit(job, 'ready');
    this.#uncommitted++;
    this.#buffer.push(this.#wrap(job, delivery));
  }

  async #settleNotReady(job: Job, outcome: { status: string; retryAt?: Date; raw: DeliveryEvent['raw'] }) {
    const { policy } = this.#context;
    const raw = outcome.raw === undefined ? {} : { raw: outcome.raw };

    const retryable = outcome.status === 'not-ready' || outcome.status === 'rate-limited';
    if (retryable && outcome.retryAt !== undefined) {
      if (outcome.status === 'not-ready' && job.record.attempts >= policy.maxNotReadyAttempts) {
        await this.#save(job, { state: 'failed', lastResult: 'not-ready' });
        this.#emit(job, 'not-ready', raw);
        return;
      }
      await this.#save(job, { state: 'pending', lastResult: outcome.status, nextAttemptAt: outcome.retryAt.getTime() });
      this.#emit(job, outcome.status, raw);
      this.#enqueue(job);
      return;
    }

    this.#logger.info('ticket not redeemed', { ticket: job.ticket.redacted, result: outcome.status });
    if (outcome.status === 'unknown') {
      await this.#settleFailure(job, undefined, 'unknown', raw);
      return;
    }
    await this.#save(job, { state: 'failed', lastResult: outcome.status });
    this.#emit(job, outcome.status, raw);
  }

  /**
   * Retries a failed step later, or gives the ticket up after `maxFailedAttempts`. A wrong zip password is final at
   * once, because downloading the same file again cannot fix the key.
   */
  async #settleFailure(job: Job, error: unknown, result?: string, extra: Partial<DeliveryEvent> = {}): Promise<void> {
    const { policy } = this.#context;
    const code = result ?? (isMhbError(error) ? error.code : 'error');
    const failures = (job.record.failures ?? 0) + 1;
    const event = { ...extra, ...(error === undefined ? {} : { error }) };

    const final = isMhbDecryptError(error) || failures >= policy.maxFailedAttempts;
    const fields = { ticket: job.ticket.redacted, step: job.kind, result: code, failures };
    if (final) this.#logger.error('ticket step given up', fields);
    else this.#logger.warn('ticket step failed, will retry', fields);
    if (final && job.kind === 'fetch') {
      await this.#save(job, { state: 'failed', lastResult: code, failures });
      this.#emit(job, code, event);
      return;
    }

    const wait = Math.max(policy.failureRetryAfterMs, job.kind === 'fetch' ? policy.minFetchIntervalMs : 0);
    const state: TicketState = job.kind === 'fetch' ? 'pending' : 'committed';
    await this.#save(job, { state, lastResult: code, failures, nextAttemptAt: this.#now() + wait });
    this.#emit(job, code, event);
    // An acknowledgement that keeps failing stays `committed` in the store and is retried on the next run.
    if (!final) this.#enqueue(job);
  }

  async #acknowledge(job: Job): Promise<void> {
    const signal = this.#ackController.signal;

    let result: Awaited<ReturnType<DeliverySteps<File>['acknowledge']>>;
    try {
      result = await this.#context.steps.acknowledge(job.ticket, signal);
    } catch (error) {
      if (signal.aborted) return;
      await this.#settleFailure(job, error);
      return;
    }

    if (!result.acknowledged) {
      await this.#settleFailure(job, undefined, 'ack-rejected', { raw: result.raw });
      return;
    }
    await this.#save(job, { state: 'acknowledged', lastResult: 'acknowledged' });
    this.#emit(job, 'acknowledged', { raw: result.raw });
  }

  #wrap(job: Job, ready: ReadyDelivery<File>): Delivery<File> {
    let committing: Promise<void> | undefined;
    let committed = false;

    const commit = (): Promise<void> => {
      committing ??= (async () => {
        await this.#save(job, { state: 'committed', nextAttemptAt: this.#now(), failures: 0 });
        committed = true;
        this.#uncommitted--;
        this.#emit(job, 'committed');
        if (!this.#stopped) this.#enqueue({ kind: 'ack', ticket: job.ticket, record: job.record });
        this.#pump();
      })();
      return committing;
    };

    return Object.freeze({
      ...ready,
      get committed() {
        return committed;
      },
      commit,
    });
  }

  async #save(job: Job, changes: Partial<Mutable<TicketRecord>>): Promise<void> {
    const previous = job.record.state;
    job.record = { ...job.record, ...changes, updatedAt: this.#now() };
    await this.#context.store.put(job.record);

    if (previous === job.record.state) return;
    if (job.record.state === 'committed') this.#progress.committed++;
    if (job.record.state === 'acknowledged') this.#progress.acknowledged++;
    if (job.record.state === 'failed') this.#progress.failed++;
  }

  #emit(job: Job, result: string, extra: Partial<DeliveryEvent> = {}): void {
    this.#options.onEvent?.({ ticket: job.ticket, state: job.record.state, result, ...extra });
    this.#report();
  }

  #report(): void {
    this.#options.onProgress?.({ ...this.#progress });
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
