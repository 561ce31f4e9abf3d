import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The suffix of temporary files; {@link removeStaleTempFiles} removes files that end with it. */
export const TEMP_SUFFIX = '.mhbtmp';

/** Test seams of {@link writeFileAtomic}. */
export interface AtomicWriteHooks {
  /** Runs after the temporary file is written and synced, before the rename. A throw simulates a crash there. */
  readonly beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `data` to `path` so that readers see either the old file or the complete new one, never part of it. The
 * bytes go to a temporary file in the same directory, which is synced and then renamed over `path`. The directory is
 * synced afterwards so the rename survives a power loss.
 *
 * On failure the temporary file is removed and `path` is unchanged. A crash can leave a temporary file behind,
 * named `.<name>.<random>.mhbtmp`, which {@link removeStaleTempFiles} deletes.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);

  try {
    const handle = await open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(tempPath);
    await rename(tempPath, path);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }

  await syncDirectory(dirname(path));
}

/** Syncs a directory, so a rename inside it is on disk. Where a directory cannot be opened or synced, it skips the sync. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // NOTE: a failed directory sync is ignored: the file is complete, but after a power loss the rename may be lost.
  } finally {
    await handle?.close();
  }
}

/**
 * Deletes temporary files that an interrupted {@link writeFileAtomic} left for `path`.
 *
 * @returns the number of files removed.
 */
export async function removeStaleTempFiles(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return 0;
  }

  const stale = names.filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => rm(join(dirname(path), name), { force: true })));
  return stale.length;
}
