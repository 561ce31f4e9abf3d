import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { build } from 'esbuild';

/** The export conditions of a user's Workers bundle (workerd, Web Workers, browsers); it contains the dist builds. */
export const PUBLISHED_CONDITIONS: readonly string[] = ['workerd', 'worker', 'browser'];

/**
 * Export conditions for the test worker bundle. `@mhbkit/source` comes first so the bundle contains the sources of
 * edge, retrieval and core instead of their `dist` builds.
 */
export const WORKER_CONDITIONS: readonly string[] = ['@mhbkit/source', ...PUBLISHED_CONDITIONS];

/** A bundled test worker and what went into it. */
export interface WorkerBundle {
  /** The ES module text that Miniflare runs. */
  readonly code: string;
  /** The Node.js built-in modules that the bundle still imports. A worker bundle must have none. */
  readonly nodeImports: readonly string[];
  /** The bundled input files, relative to `root`, with `/` separators. */
  readonly inputs: readonly string[];
}

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;

  return NODE_BUILTINS.has(specifier.split('/')[0] ?? specifier);
}

/**
 * Bundles a test worker into one ES module for workerd.
 *
 * Node.js built-ins are left external rather than failing the build, so the caller can assert on `nodeImports` and
 * name every offending module in one failure.
 *
 * @param entry - absolute path of the worker's entry file.
 * @param root - folder that `inputs` are made relative to.
 * @param conditions - the export conditions. @defaultValue {@link WORKER_CONDITIONS}
 */
export async function bundleWorker(
  entry: string,
  root: string,
  conditions: readonly string[] = WORKER_CONDITIONS,
): Promise<WorkerBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: [...conditions],
    external: ['node:*', ...NODE_BUILTINS],
    logLevel: 'silent',
  });

  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote no output for ${entry}`);

  const imports = Object.values(result.metafile.outputs).flatMap((meta) => meta.imports);
  const nodeImports = [...new Set(imports.map((entry) => entry.path).filter(isNodeBuiltin))].sort();
  const inputs = Object.keys(result.metafile.inputs).map((path) => relative(root, path).split('\\').join('/'));

  return { code: output.text, nodeImports, inputs };
}
