import type { Delivery } from '../delivery/scheduler/delivery-types.js';
import { isFinalTicketState } from '../delivery/store/ticket-store.js';
import type { MedicalFile } from '../file/medical-file.js';
import { MhbGrantError } from './errors.js';
import { type Grant, type GrantInput, parseGrant } from './grant.js';
import { addGrant } from './grant-records.js';
import type { GrantRecord, GrantStore } from './grant-store.js';
import type { PreauthClient } from './preauth-client.js';
import {
  DEFAULT_MIN_USER_INTERVAL_MS,
  DEFAULT_PULL_CONCURRENCY,
  DEFAULT_PULL_JITTER,
  DEFAULT_PULL_RETRY_AFTER_MS,
  type PullClock,
  type PullDelivery,
  type SchedulePullsOptions,
} from './pull-types.js';

/** The options of one schedule, checked and with defaults applied. */
interface Settings {
  readonly client: PreauthClient;
  readonly store: GrantStore;
  /** The grant ids to pull, or `undefined` for every grant in the store. */
  readonly only: ReadonlySet<string> | undefined;
  readonly every: number;
  readonly minUserIntervalMs: number;
  readonly jitter: number;
  readonly concurrency: number;
  readonly retryAfterMs: number;
  readonly clock: PullClock;
  readonly random: () => number;
  readonly options: SchedulePullsOptions;
}

/**
 * Requests files under many grants on a schedule and yields their deliveries, until `break` or abort.
 *
 * Each round requests a file for every due grant, then runs `client.deliveries()` over the owed tickets. A grant is
 * due at most once per user per `minUserIntervalMs`, and not while its previous ticket is still owed. A delivery is
 * acknowledged only after the loop body completes or calls `commit()`, as in `deliveries()`. Revoked and expired
 * grants are skipped for good. All state lives in the grant and ticket stores, so a new schedule over the same stores
 * resumes where a stopped or crashed one left off, and redelivers files that were not committed.
 *
 * NOTE: a round waits until its deliveries finish, so a file that NHI is slow to produce delays the next round.
 *
 * @throws {@link MhbGrantError} `PREAUTH_OPTION_INVALID` for an invalid option, and `GRANT_INVALID` for invalid grant
 *   data. Errors of single production requests do not end the schedule: `onPull` reports them, and the grant is tried
 *   again after `retryAfterMs`.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * for await (const delivery of schedulePulls(client, { every: 24 * 60 * 60 * 1000, signal: controller.signal })) {
 *   await saveToDatabase(delivery.grantId, delivery.file); // acknowledged after this body completes
 * }
 * ```
 */
export async function* schedulePulls(
  client: PreauthClient,
  options: SchedulePullsOptions,
): AsyncGenerator<PullDelivery, void, undefined> {
  const grants = options.grants === undefined ? undefined : [...options.grants];
  const settings = resolveSettings(client, options, grants);
  const signal = options.signal ?? new AbortController().signal;

  for (const input of grants ?? []) {
    await addGrant(settings.store, parseGrant(input, client.locale), settings.clock.now(), client.locale);
  }

  try {
    while (!signal.aborted) {
      await requestDue(settings, signal);
      yield* deliverOwed(settings, signal);
      await settings.clock.sleep(await nextWait(settings), signal);
    }
  } catch (error) {
    // An abort ends the schedule quietly; everything needed to resume is already in the stores.
    if (signal.aborted) return;
    throw error;
  }
}

function resolveSettings(
  client: PreauthClient,
  options: SchedulePullsOptions,
  grants: readonly (Grant | GrantInput)[] | undefined,
): Settings {
  const check = (option: string, value: number, valid: boolean, hint: string): number => {
    if (valid && Number.isFinite(value)) return value;
    throw new MhbGrantError('PREAUTH_OPTION_INVALID', client.locale, { option, value: String(value), hint });
  };
  const milliseconds = 'Use a number of milliseconds ≥ 0.';

  const jitter = options.jitter ?? DEFAULT_PULL_JITTER;
  const concurrency = options.concurrency ?? DEFAULT_PULL_CONCURRENCY;
  const minUserIntervalMs = options.minUserIntervalMs ?? DEFAULT_MIN_USER_INTERVAL_MS;
  const retryAfterMs = options.retryAfterMs ?? DEFAULT_PULL_RETRY_AFTER_MS;

  return {
    client,
    store: options.store ?? client.grants,
    only: grants === undefined ? undefined : new Set(grants.map((grant) => grant.id)),
    every: check('every', options.every, options.every > 0, 'Use a number of milliseconds above 0.'),
    jitter: check('jitter', jitter, jitter >= 0 && jitter <= 1, 'Use a fraction from 0 to 1.'),
    concurrency: check(
      'concurrency',
      concurrency,
      Number.isInteger(concurrency) && concurrency >= 1,
      'Use a whole number ≥ 1.',
    ),
    minUserIntervalMs: check('minUserIntervalMs', minUserIntervalMs, minUserIntervalMs >= 0, milliseconds),
    retryAfterMs: check('retryAfterMs', retryAfterMs, retryAfterMs >= 0, milliseconds),
    clock: options.clock ?? { now: client.now, sleep: timerSleep },
    random: options.random ?? Math.random,
    options,
  };
}

/** Returns the grants of this schedule, fresh from the store. */
async function scheduled(settings: Settings): Promise<GrantRecord[]> {
  const records = await settings.store.list();
  return settings.only === undefined ? records : records.filter((record) => settings.only?.has(record.grantId));
}

/** Returns when a grant may be requested next: its own next time, and no sooner than its user's interval allows. */
function dueAt(record: GrantRecord, lastByUser: ReadonlyMap<string, number>, settings: Settings): number {
  const userLast = lastByUser.get(record.userId);
  const userGate = userLast === undefined ? 0 : userLast + settings.minUserIntervalMs;
  return Math.max(record.nextRequestAt ?? 0, userGate);
}

async function lastRequestByUser(settings: Settings): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  // Every grant of the store counts, also those outside this schedule, because the interval protects the user.
  for (const record of await settings.store.list()) {
    if (record.lastRequestAt === undefined) continue;
    last.set(record.userId, Math.max(last.get(record.userId) ?? 0, record.lastRequestAt));
  }
  return last;
}

/** Sends the production requests of every due grant, at most `concurrency` at once and one per user. */
async function requestDue(settings: Settings, signal: AbortSignal): Promise<void> {
  const now = settings.clock.now();
  const lastByUser = await lastRequestByUser(settings);
  const users = new Set<string>();
  const due: GrantRecord[] = [];

  for (const record of await scheduled(settings)) {
    if (record.state !== 'active' || record.tickets.length > 0) continue;
    if (dueAt(record, lastByUser, settings) > now || users.has(record.userId)) continue;
    users.add(record.userId);
    due.push(record);
  }

  const workers = Array.from({ length: Math.min(settings.concurrency, due.length) }, async () => {
    for (let record = due.shift(); record !== undefined && !signal.aborted; record = due.shift()) {
      await requestOne(settings, record, signal);
    }
  });
  await Promise.all(workers);
}

async function requestOne(settings: Settings, record: GrantRecord, signal: AbortSignal): Promise<void> {
  const { client, store, options } = settings;
  let nextRequestAt: number | undefined;

  try {
    const outcome = await client.requestFile(record.grantId, undefined, {
      signal,
      grants: store,
      now: settings.clock.now,
    });
    options.onPull?.({ grantId: record.grantId, result: outcome.status, raw: outcome.raw });
    if (outcome.status === 'requested') {
      const jitter = Math.floor(settings.jitter * settings.every * settings.random());
      nextRequestAt = settings.clock.now() + settings.every + jitter;
    } else if (outcome.status !== 'rate-limited') {
      nextRequestAt = settings.clock.now() + settings.retryAfterMs;
    }
  } catch (error) {
    if (signal.aborted) return;
    client.logger.warn('production request failed, retrying later', {
      grantId: record.grantId,
      retryAfterMs: settings.retryAfterMs,
      error,
    });
    options.onPull?.({ grantId: record.grantId, result: 'error', error });
    nextRequestAt = settings.clock.now() + settings.retryAfterMs;
  }

  const latest = await store.get(record.grantId);
  if (latest !== undefined && nextRequestAt !== undefined) await store.put({ ...latest, nextRequestAt });
}

/** Runs `deliveries()` over every ticket still owed under the schedule's grants, then removes finished tickets from the grants. */
async function* deliverOwed(settings: Settings, signal: AbortSignal): AsyncGenerator<PullDelivery, void, undefined> {
  const { client, store, options } = settings;
  const grantOfTicket = new Map<string, string>();
  for (const record of await scheduled(settings)) {
    for (const ticket of record.tickets) grantOfTicket.set(ticket, record.grantId);
  }
  if (grantOfTicket.size === 0) return;

  const deliveries = client.deliveries({
    tickets: [...grantOfTicket.keys()].map((ticket) => ({ ticket, phase: client.phase })),
    signal,
    ...(options.deliveryConcurrency === undefined ? {} : { concurrency: options.deliveryConcurrency }),
    ...(options.onDeliveryEvent === undefined ? {} : { onEvent: options.onDeliveryEvent }),
  });
  for await (const delivery of deliveries) {
    yield withGrant(delivery, grantOfTicket.get(delivery.ticket.reveal()) ?? '');
  }

  for (const record of await scheduled(settings)) {
    const owed: string[] = [];
    for (const ticket of record.tickets) {
      const state = (await client.store.get(ticket))?.state;
      if (state === undefined || !isFinalTicketState(state)) owed.push(ticket);
    }
    if (owed.length !== record.tickets.length) {
      await store.put({ ...record, tickets: owed, updatedAt: settings.clock.now() });
    }
  }
  signal.throwIfAborted();
}

function withGrant(source: Delivery<MedicalFile>, grantId: string): PullDelivery {
  const wrapped = { ...source, grantId, commit: () => source.commit() };
  Object.defineProperty(wrapped, 'committed', { get: () => source.committed, enumerable: true });
  return Object.freeze(wrapped) as PullDelivery;
}

/** Returns how long to wait until the next grant is due, at most `every` so that new grants in the store are seen. */
async function nextWait(settings: Settings): Promise<number> {
  const now = settings.clock.now();
  const lastByUser = await lastRequestByUser(settings);
  let earliest = now + settings.every;
  for (const record of await scheduled(settings)) {
    if (record.state !== 'active') continue;
    // A grant with owed tickets waits for them, which the next round's deliveries retry.
    const due = record.tickets.length > 0 ? now + settings.retryAfterMs : dueAt(record, lastByUser, settings);
    earliest = Math.min(earliest, due);
  }
  return Math.max(1, earliest - now);
}

function timerSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
