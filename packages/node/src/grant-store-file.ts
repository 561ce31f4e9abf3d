import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@mhbkit/core';
import { type DeliveryPhase, type GrantRecord, type GrantStore, MhbGrantError } from '@mhbkit/retrieval';
import { describeFsError, MhbNodeError } from './errors/node-error.js';
import { removeStaleTempFiles, writeFileAtomic } from './internal/atomic-write.js';

/** The layout version written into the grant state file. */
const GRANT_FILE_VERSION = 1;

const GRANT_STATES = new Set(['active', 'revoked', 'expired']);

/** Options of {@link FileGrantStore}. */
export interface FileGrantStoreOptions {
  /** The language of error messages. @defaultValue `'zh-TW'` */
  readonly locale?: Locale;
}

/**
 * A {@link GrantStore} kept in one JSON file. Every change rewrites the file atomically (temporary file in the same
 * directory, fsync, rename, directory fsync), so a crash leaves the old or the new state and a recorded revocation
 * is never lost once `put` resolved. Temporary files left by a crash are removed on the first read.
 *
 * One process at a time: the store reads the file once and keeps the state in memory. The file contains raw grant
 * tokens, so it is created with mode `0600`; protect it like other credentials.
 *
 * @example
 * ```ts
 * const client = createPreauthClient({ ...options, grants: new FileGrantStore('./grants.test.json', 'test') });
 * ```
 */
export class FileGrantStore implements GrantStore {
  readonly phase: DeliveryPhase;
  /** The absolute path of the state file. */
  readonly path: string;
  readonly #locale: Locale | undefined;
  #state: Promise<Map<string, GrantRecord>> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * @param path - the state file; it is created on the first `put`. Its directory must exist.
   * @param phase - the phase of every grant in the store.
   */
  constructor(path: string, phase: DeliveryPhase, options: FileGrantStoreOptions = {}) {
    this.path = resolve(path);
    this.phase = phase;
    this.#locale = options.locale;
  }

  /** @throws `MhbGrantError` `GRANT_STORE_CORRUPT` or `GRANT_PHASE_MISMATCH` for an unusable file. */
  async get(grantId: string): Promise<GrantRecord | undefined> {
    const record = (await this.#records()).get(grantId);
    return record === undefined ? undefined : structuredClone(record);
  }

  /** @throws {@link MhbNodeError} `NODE_FILE_WRITE_FAILED` when the file cannot be written; the store keeps its previous state. */
  async put(record: GrantRecord): Promise<void> {
    await this.#update((records) => records.set(record.grantId, structuredClone(record)));
  }

  async list(): Promise<GrantRecord[]> {
    return [...(await this.#records()).values()].map((record) => structuredClone(record));
  }

  /** @throws {@link MhbNodeError} `NODE_FILE_WRITE_FAILED` when the file cannot be written. */
  async delete(grantId: string): Promise<void> {
    await this.#update((records) => records.delete(grantId));
  }

  /** Runs changes one after another; the in-memory state changes only after its write succeeded. */
  #update(change: (records: Map<string, GrantRecord>) => void): Promise<void> {
    const step = async () => {
      const next = new Map(await this.#records());
      change(next);
      await this.#write(next);
      this.#state = Promise.resolve(next);
    };
    const result = this.#queue.then(step, step);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #write(records: Map<string, GrantRecord>): Promise<void> {
    const file = { version: GRANT_FILE_VERSION, phase: this.phase, grants: Object.fromEntries(records) };
    try {
      await writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      const params = { path: this.path, reason: describeFsError(error) };
      throw new MhbNodeError('NODE_FILE_WRITE_FAILED', this.#locale, params, error);
    }
  }

  #records(): Promise<Map<string, GrantRecord>> {
    this.#state ??= this.#read();
    // A failed read is not cached, so fixing the file and calling again works.
    this.#state.catch(() => {
      this.#state = undefined;
    });
    return this.#state;
  }

  async #read(): Promise<Map<string, GrantRecord>> {
    await removeStaleTempFiles(this.path);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (describeFsError(error) === 'ENOENT') return new Map();
      throw new MhbNodeError('NODE_FILE_READ_FAILED', this.#locale, {
        path: this.path,
        reason: describeFsError(error),
      });
    }
    return this.#parse(text);
  }

  #parse(text: string): Map<string, GrantRecord> {
    const corrupt = (reason: string) =>
      new MhbGrantError('GRANT_STORE_CORRUPT', this.#locale, { path: this.path, reason });

    let file: { version?: unknown; phase?: unknown; grants?: unknown };
    try {
      file = JSON.parse(text) as typeof file;
    } catch {
      throw corrupt('invalid JSON');
    }
    if (typeof file !== 'object' || file === null) throw corrupt('not an object');
    if (file.version !== GRANT_FILE_VERSION) throw corrupt(`version ${String(file.version)}`);
    if (typeof file.grants !== 'object' || file.grants === null) throw corrupt('grants missing');
    if (file.phase !== this.phase) {
      const subject = this.#locale === 'en' ? `grant state file ${this.path}` : `授權狀態檔 ${this.path} `;
      const params = { clientPhase: this.phase, otherPhase: String(file.phase), subject };
      throw new MhbGrantError('GRANT_PHASE_MISMATCH', this.#locale, params);
    }

    const records = new Map<string, GrantRecord>();
    for (const [grantId, record] of Object.entries(file.grants as Record<string, GrantRecord>)) {
      const valid =
        typeof record === 'object' &&
        record !== null &&
        record.grantId === grantId &&
        typeof record.token === 'string' &&
        GRANT_STATES.has(record.state) &&
        Array.isArray(record.tickets);
      // The grant id is the app's own id, not a secret, so it may appear in the message.
      if (!valid) throw corrupt(`record ${grantId} is incomplete`);
      records.set(grantId, record);
    }
    return records;
  }
}
