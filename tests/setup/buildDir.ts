/**
 * Global setup: one folder per test run for the production build that the build test and the browser tests share
 * (tests/helpers/build.ts builds into it once, on first use; a run that needs no build never builds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  // Declaration merging needs an interface here (a type alias cannot extend vitest's).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    buildDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-run-build-'));
  project.provide('buildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
