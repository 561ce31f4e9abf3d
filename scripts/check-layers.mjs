#!/usr/bin/env node
// Fails when a shared package (core, retrieval) imports a Node.js built-in module.
// Shared packages run on Cloudflare Workers, Deno and browsers too, where `node:*` is missing or partial.
// The biome configuration rejects the `process` and `Buffer` globals in the same folders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SHARED_SOURCES = ['packages/core/src', 'packages/retrieval/src'];
const BUILTINS = new Set(
  (await import('node:module')).builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => name.replace(/^node:/, '')),
);
const IMPORT_PATTERN =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      yield* sourceFiles(path);
    } else if (/\.(ts|mts|cts|js|mjs)$/.test(entry) && !/\.test\.ts$/.test(entry) && !path.includes('test-support')) {
      yield path;
    }
  }
}

const violations = [];
for (const root of SHARED_SOURCES) {
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const bare = specifier.replace(/^node:/, '').split('/')[0];
      if (specifier.startsWith('node:') || BUILTINS.has(bare)) {
        const line = text.slice(0, match.index).split('\n').length;
        violations.push(`${relative(process.cwd(), file)}:${line} imports '${specifier}'`);
      }
    }
  }
}

if (violations.length > 0) {
  console.error('Shared packages must use web-standard APIs only. Move Node.js-specific code to @mhbkit/node:');
  for (const violation of violations) console.error(`  ${violation}`);
  process.exit(1);
}
console.log(`check-layers: no Node.js built-in imports in ${SHARED_SOURCES.join(', ')}`);
