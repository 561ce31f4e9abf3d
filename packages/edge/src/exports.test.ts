import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, PUBLISHED_CONDITIONS } from './test-support/worker-bundle.js';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSUP = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist/cli-default.js');
const BUILD_OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'];

/** The runtime conditions that must resolve to the ESM edge build. */
const EDGE_CONDITIONS = ['workerd', 'worker', 'edge-light', 'browser', 'deno', 'bun'];

/** Every `--conditions` set probed, by name. `import` is Node.js's default, with no extra condition. */
const CONDITION_SETS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(EDGE_CONDITIONS.map((condition) => [condition, [condition]])),
  import: [],
  'source and workerd': ['@mhbkit/source', 'workerd'],
};

// Resolves the package, then imports it; an import failure is reported in `createClient` so that the resolution
// assertions still run.
const PROBE_SCRIPT = `
const resolved = import.meta.resolve('@mhbkit/edge');
let createClient;
try {
  createClient = typeof (await import('@mhbkit/edge')).createClient;
} catch (error) {
  createClient = 'import failed: ' + error.message;
}
console.log(JSON.stringify({ resolved, createClient }));
`;

interface ExportTarget {
  readonly types: string;
  readonly default: string;
}

/** What one `node --conditions=…` process found. */
interface Probe {
  /** The resolved file, relative to the package folder, with `/` separators. */
  readonly resolved: string;
  /** `typeof createClient` in the loaded module, or the import error. */
  readonly createClient: string;
}

const execFileAsync = promisify(execFile);
const probes = new Map<string, Probe>();

function relativePath(path: string): string {
  return path.slice(PACKAGE_ROOT.length).split('\\').join('/');
}

/** Runs the probe script in a Node.js process with the given conditions, from the package folder. */
async function probe(conditions: readonly string[]): Promise<Probe> {
  const flags = conditions.map((condition) => `--conditions=${condition}`);
  const { stdout } = await execFileAsync(process.execPath, [...flags, '--input-type=module', '-e', PROBE_SCRIPT], {
    cwd: PACKAGE_ROOT,
  });
  const found = JSON.parse(stdout) as { resolved: string; createClient: string };

  return { resolved: relativePath(fileURLToPath(found.resolved)), createClient: found.createClient };
}

function probed(name: string): Probe {
  const found = probes.get(name);
  if (found === undefined) throw new Error(`no probe named ${name}`);
  return found;
}

/**
 * Tells whether dist is missing a file or is older than a source file. `npm test` builds before vitest runs, so the
 * build is then fresh and never rewritten while other test projects may read it.
 */
function isBuildStale(): boolean {
  const outputs = BUILD_OUTPUTS.map((name) => join(PACKAGE_ROOT, 'dist', name));
  if (!outputs.every((path) => existsSync(path))) return true;

  const sources = readdirSync(join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('test-support'))
    .map((name) => join(PACKAGE_ROOT, 'src', name));
  const inputs = [...sources, join(PACKAGE_ROOT, 'package.json')];
  const newestInput = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
  const oldestOutput = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  return oldestOutput < newestInput;
}

// @mhbkit/core and @mhbkit/retrieval are loaded from their own dist builds, which `npm test` builds first.
// The timeout allows for a loaded machine, where a build with declarations can take a minute.
beforeAll(async () => {
  if (isBuildStale()) execFileSync(process.execPath, [TSUP], { cwd: PACKAGE_ROOT, stdio: 'pipe' });

  const entries = Object.entries(CONDITION_SETS);
  const results = await Promise.all(entries.map(([, conditions]) => probe(conditions)));
  for (const [index, [name]] of entries.entries()) probes.set(name, results[index]!);
}, 180_000);

describe('package exports', () => {
  const manifest = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as {
    exports: { '.': Record<string, string | ExportTarget> };
  };
  const entry = manifest.exports['.'];

  it('puts the source condition first', () => {
    expect(Object.keys(entry)[0]).toBe('@mhbkit/source');
  });

  it('puts runtime conditions before import', () => {
    const keys = Object.keys(entry);

    expect(keys.slice(1, EDGE_CONDITIONS.length + 1)).toEqual(EDGE_CONDITIONS);
  });

  it.each(Object.keys(entry).slice(1))('lists types first for %s', (condition) => {
    expect(Object.keys(entry[condition] as ExportTarget)[0]).toBe('types');
  });
});

describe('conditional resolution', () => {
  it.each([...EDGE_CONDITIONS, 'import'])('resolves %s to the ESM build', (name) => {
    expect(probed(name).resolved).toBe('dist/index.js');
  });

  it('resolves require to the CJS build', () => {
    const path = execFileSync(process.execPath, ['-p', "require.resolve('@mhbkit/edge')"], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    }).trim();

    expect(relativePath(path)).toBe('dist/index.cjs');
  });

  it('lets the source condition win', () => {
    expect(probed('source and workerd').resolved).toBe('src/index.ts');
  });

  it.each([...EDGE_CONDITIONS, 'import'])('loads createClient under %s', (name) => {
    expect(probed(name).createClient).toBe('function');
  });
});

describe('published build in a Workers bundle', () => {
  const checksWorker = fileURLToPath(new URL('../test/workers/checks.ts', import.meta.url));
  const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

  it('imports no Node.js built-ins', async () => {
    const bundle = await bundleWorker(checksWorker, repositoryRoot, PUBLISHED_CONDITIONS);

    expect(bundle.nodeImports).toEqual([]);
  });

  it.each(['edge', 'retrieval', 'core'])('contains the %s build', async (name) => {
    const bundle = await bundleWorker(checksWorker, repositoryRoot, PUBLISHED_CONDITIONS);

    expect(bundle.inputs).toContain(`packages/${name}/dist/index.js`);
  });
});
