import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other's `src/` through this export condition, so tests never need a build.
const SOURCE_CONDITION = '@mhbkit/source';

const packages = ['core', 'retrieval', 'testing', 'node', 'edge'];

// Each example is its own project, run against the sandbox like a user's back-end would be.
const examples = ['quickstart', 'express-upload', 'hono-worker', 'batch'];

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: {
          name,
          root: `packages/${name}`,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      })),
      ...examples.map((name) => ({
        extends: true as const,
        test: {
          name: `example-${name}`,
          root: `examples/${name}`,
          include: ['src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      })),
      {
        extends: true as const,
        test: { name: 'repo', root: '.', include: ['scripts/**/*.test.ts'] },
      },
      {
        extends: true as const,
        // Checks the edge bundle against its size budget; the benchmarks themselves run with `npm run bench`.
        test: { name: 'bench', root: 'bench', include: ['src/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
