import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources of our workspaces (the "source" export condition),
// so `npm test` needs no build step.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/web/test/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    globalSetup: ['e2e/build-web.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
