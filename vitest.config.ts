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
    globalSetup: ['tests/setup/buildDir.ts'],
  },
});
