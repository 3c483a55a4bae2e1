import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The whole suite (`npm test`). `npm run test:unit` runs the fast loop: the same config with the browser, LibreOffice
 * and production-build tests left out (see UNIT_EXCLUDE in vitest.unit.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core. Vitest's default is one fewer than the cores (availableParallelism() - 1), which on a
    // 2-core machine is a single worker and leaves a core idle; the heavy files take turns by their own locks
    // (tests/helpers/soffice.ts, tests/helpers/build.ts).
    maxWorkers: availableParallelism(),
    globalSetup: ['tests/setup/buildDir.ts'],
  },
});
