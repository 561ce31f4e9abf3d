import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, TEMP_SUFFIX, writeFileAtomic } from './atomic-write.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mhb-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    await writeFileAtomic(join(dir, 'a.json'), '{"a":1}');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
  });

  it('replaces an existing file', async () => {
    await writeFile(join(dir, 'a.json'), 'old');
    await writeFileAtomic(join(dir, 'a.json'), new TextEncoder().encode('new'));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new');
  });

  it('keeps the old file when the write fails before the rename', async () => {
    await writeFile(join(dir, 'a.json'), 'old');
    const crash = writeFileAtomic(join(dir, 'a.json'), 'new', {
      beforeRename: () => {
        throw new Error('simulated crash');
      },
    });

    await expect(crash).rejects.toThrow('simulated crash');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('fails in a missing directory without a temporary file', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only the temporary files of one target', async () => {
    await writeFile(join(dir, 'a.json'), 'old');
    await writeFile(join(dir, `.a.json.0123456789ab${TEMP_SUFFIX}`), 'half');
    await writeFile(join(dir, `.b.json.0123456789ab${TEMP_SUFFIX}`), 'other');

    expect(await removeStaleTempFiles(join(dir, 'a.json'))).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`.b.json.0123456789ab${TEMP_SUFFIX}`, 'a.json']);
  });
});
