#!/usr/bin/env node
// Builds the TypeDoc site. Entry points come from each package's `exports` map (the source condition of every
// subpath except ./package.json), so a new public entry point appears in the docs without editing this script.
// The guides under docs/en and docs/zh-TW are included by typedoc.json; each page must exist in both languages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_CONDITION = '@mhbkit/source';
const GUIDE_LANGUAGES = ['en', 'zh-TW'];

function guidePages(language) {
  const folder = join('docs', language);
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
}

const pagesByLanguage = new Map(GUIDE_LANGUAGES.map((language) => [language, new Set(guidePages(language))]));
const missing = [];
for (const [language, pages] of pagesByLanguage) {
  for (const [other, otherPages] of pagesByLanguage) {
    for (const page of otherPages)
      if (!pages.has(page)) missing.push(`docs/${language}/${page} (docs/${other}/${page} exists)`);
  }
}
if (missing.length > 0) {
  console.error(`Every guide needs a page in each language. Missing:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const entryPoints = [];

// Dependency order: TypeDoc documents a re-exported symbol under the first entry point that exports it, and edge
// and node re-export core and retrieval, so the packages that define a symbol come first.
const PACKAGE_ORDER = ['core', 'retrieval', 'testing', 'node', 'edge'];
const packageNames = readdirSync('packages').sort(
  (left, right) => orderOf(left) - orderOf(right) || left.localeCompare(right),
);

function orderOf(name) {
  const index = PACKAGE_ORDER.indexOf(name);
  return index === -1 ? PACKAGE_ORDER.length : index;
}

for (const name of packageNames) {
  const manifestPath = join('packages', name, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json' || typeof target !== 'object') continue;
    const source = target[SOURCE_CONDITION];
    if (typeof source === 'string') entryPoints.push(join('packages', name, source));
  }
}

const args = [
  '--no-install',
  'typedoc',
  '--options',
  'typedoc.json',
  ...entryPoints.flatMap((entry) => ['--entryPoints', entry]),
];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
