import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The fast loop (`npm run test:unit`): domain, app, adapters, components, CLI. Left out by file name:
 * `*.soffice.test.ts` (LibreOffice), `*.e2e.test.ts` (Chromium), `*.build.test.ts` (the production build). The exhaustive
 * tests sample their cases here (tests/helpers/loop.ts); `npm test` runs them all.
 */
export const UNIT_EXCLUDE = ['**/*.soffice.test.ts', '**/*.e2e.test.ts', '**/*.build.test.ts', 'node_modules/**'];

export default mergeConfig(base, defineConfig({ test: { exclude: UNIT_EXCLUDE, env: { ITA_TEST_LOOP: 'unit' } } }));
