import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@mhbkit/core';
import type { DeliveryPhase, TicketRecord, TicketStore } from '@mhbkit/retrieval';
import { describeFsError, MhbNodeError } from '../errors/node-error.js';
import { removeStaleTempFiles, writeFileAtomic } from '../internal/atomic-write.js';

/** The layout version written into the state file, so that a later layout can be detected. */
const STATE_FILE_VERSION = 1;

interface StateFile {
  readonly version: typeof STATE_FILE_VERSION;
  readonly phase: DeliveryPhase;
  readonly records: Record<string, TicketRecord>;
}

/** Options of {@link FileTicketStore}. */
export interface FileTicketStoreOptions {
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

/**
 * A {@link TicketStore} kept in one JSON file, rewritten atomically on every change: the new state goes to a
 * temporary file in the same directory, which is synced and renamed over the old one. A crash leaves either the
 * old or the new state, and temporary files from an interrupted write are removed when the store is first read.
 *
 * It is safe for one process at a time. Two processes on the same file overwrite each other's changes, because the
 * store reads the file once and keeps the state in memory. The file contains raw ticket numbers, so it is created with
 * mode `0600`; protect it like other credentials.
 *
 * @example
 * ```ts
 * const store = new FileTicketStore('./tickets.test.json', 'test');
 * for await (const delivery of client.deliveries({ tickets, store })) { ... }
 * ```
 */
export class FileTicketStore implements TicketStore {
  readonly phase: DeliveryPhase;
  /** The absolute path of the state file. */
  readonly path: string;
  readonly #locale: Locale | undefined;
  #records: Map<string, TicketRecord> | undefined;
  #loading: Promise<Map<string, TicketRecord>> | undefined;
  #writing: Promise<void> = Promise.resolve();

  /**
   * @param path - the state file; it is created on the first `put`. Its directory must exist.
   * @param phase - the phase of every ticket in the store.
   */
  constructor(path: string, phase: DeliveryPhase, options: FileTicketStoreOptions = {}) {
    this.path = resolve(path);
    this.phase = phase;
    this.#locale = options.locale;
  }

  async get(ticket: string): Promise<TicketRecord | undefined> {
    const record = (await this.#load()).get(ticket);
    return record === undefined ? undefined : { ...record };
  }

  /** @throws {@link MhbNodeError} `NODE_FILE_WRITE_FAILED` when the file cannot be written; the store keeps its previous state. */
  async put(record: TicketRecord): Promise<void> {
    await this.#change((records) => records.set(record.ticket, { ...record }));
  }

  async list(): Promise<TicketRecord[]> {
    return [...(await this.#load()).values()].map((record) => ({ ...record }));
  }

  /** @throws {@link MhbNodeError} `NODE_FILE_WRITE_FAILED` when the file cannot be written. */
  async delete(ticket: string): Promise<void> {
    await this.#change((records) => records.delete(ticket));
  }

  /** Applies a change to a copy of the state, writes it, and keeps it only once the write succeeded. */
  async #change(apply: (records: Map<string, TicketRecord>) => void): Promise<void> {
    const run = async () => {
      const next = new Map(await this.#load());
      apply(next);
      await this.#write(next);
      this.#records = next;
    };
    // Writes run one after another so a slow write never lands after a later one.
    const result = this.#writing.then(run, run);
    this.#writing = result.catch(() => undefined);
    await result;
  }

  async #write(records: Map<string, TicketRecord>): Promise<void> {
    const state: StateFile = { version: STATE_FILE_VERSION, phase: this.phase, records: Object.fromEntries(records) };
    try {
      await writeFileAtomic(this.path, `${JSON.stringify(state, null, 2)}\n`);
    } catch (error) {
      throw new MhbNodeError(
        'NODE_FILE_WRITE_FAILED',
        this.#locale,
        { path: this.path, reason: describeFsError(error) },
        error,
      );
    }
  }

  #load(): Promise<Map<string, TicketRecord>> {
    if (this.#records !== undefined) return Promise.resolve(this.#records);
    this.#loading ??= this.#read().then((records) => {
      this.#records = records;
      return records;
    });
    return this.#loading;
  }

  async #read(): Promise<Map<string, TicketRecord>> {
    await removeStaleTempFiles(this.path);

    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (describeFsError(error) === 'ENOENT') return new Map();
      this.#loading = undefined;
      throw new MhbNodeError('NODE_FILE_READ_FAILED', this.#locale, {
        path: this.path,
        reason: describeFsError(error),
      });
    }
    return this.#parse(text);
  }

  #parse(text: string): Map<string, TicketRecord> {
    const corrupt = (reason: string): never => {
      this.#loading = undefined;
      throw new MhbNodeError('NODE_STORE_CORRUPT', this.#locale, { path: this.path, reason });
    };

    let state: Partial<StateFile>;
    try {
      state = JSON.parse(text) as Partial<StateFile>;
    } catch {
      return corrupt('invalid JSON');
    }
    if (typeof state !== 'object' || state === null) return corrupt('not an object');
    if (state.version !== STATE_FILE_VERSION) return corrupt(`version ${String(state.version)}`);
    if (typeof state.records !== 'object' || state.records === null) return corrupt('records missing');
    if (state.phase !== this.phase) {
      this.#loading = undefined;
      throw new MhbNodeError('NODE_STORE_PHASE_MISMATCH', this.#locale, {
        path: this.path,
        actual: String(state.phase),
        expected: this.phase,
      });
    }
    return new Map(Object.entries(state.records));
  }
}
