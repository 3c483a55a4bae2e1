import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The fast loop (`npm run test:unit`): domain, app, adapters, components, CLI. Left out by file name:
 * `*.soffice.test.ts` (LibreOffice), `*.e2e.test.ts` (Chromium), `*.build.test.ts` (the production build). The exhaustive
 * tests sample their cases here (tests/helpers/loop.ts); `npm test` runs them all.
 */
export const UNIT_EXCLUDE = ['**/*.soffice.test.ts', '**/*.e2e.test.ts', '**/*.build.test.ts', 'node_modules/**'];

/**
 * Files share a worker's module cache here (`isolate: false`): the domain, its framework bundles, React and Fluent are
 * imported once per worker instead of once per file (a sixth of the loop's CPU). Each test resets what it changes
 * (prefs, localStorage, spies, stubbed globals) and vitest still sets up each file's environment; `npm test` keeps
 * every file isolated, so a test that only passes after another one fails there. Globals a test stubs are restored
 * after it even when it fails part-way (`unstubGlobals`), so they cannot reach the next file.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: UNIT_EXCLUDE, env: { ITA_TEST_LOOP: 'unit' }, isolate: false, unstubGlobals: true },
  }),
);
