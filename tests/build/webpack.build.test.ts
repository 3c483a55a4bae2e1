// The run's one production build (tests/helpers/build.ts): HTML shells, hashed names, the xlsx adapter kept out of the pane
// inside Excel, the production manifest, and gzipped sizes written to test-results/bundle-sizes.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_JS_URL } from '../../webpack.config.js';
import { manifestForUrl } from '../../scripts/manifest-url.mjs';
import { measureBundles, scriptSources, type BundleSizes } from '../../scripts/bundle-sizes';
import { PROD_URL as PROD, productionBuild, type BuildGraph, type ChunkInfo } from '../helpers/build';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Gzipped bytes the pane inside Excel loads before it paints (React, Fluent's provider and button, the first screen); the analysis comes while Office gets ready, the rest after the first paint. 133 KiB measured after the merges of i9, i10, i12. */
const TASKPANE_GZIP_BUDGET = 140_000;

let outDir = '';
let graph: BuildGraph;
let sizes: BundleSizes;
const html = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  ({ outDir, graph } = await productionBuild());
  sizes = await measureBundles(outDir);
  mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(
    path.join(repoRoot, 'test-results/bundle-sizes.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...sizes }, null, 2)}\n`,
  );
  // A minified production build of React + Fluent UI: ~40 s of CPU, far longer when the suite shares 2 cores.
}, 900_000);

/** Any of the xlsx adapter, its zip library, or the exceljs it replaced. */
const hasXlsx = (chunk: ChunkInfo) =>
  chunk.modules.some((n) => /node_modules[\\/](exceljs|fflate|jszip)[\\/]|src[\\/]adapters[\\/]xlsx[\\/]/.test(n));
/** Lazy chunks the preview may load, gzipped, at most (the adapter and fflate: tens of KB, not exceljs's 250). */
const PREVIEW_LAZY_GZIP_BUDGET = 60_000;
const label = (chunk: ChunkInfo) => `chunk ${chunk.name ?? chunk.id} (${chunk.files.join(', ')})`;
const moduleNames = (chunk: ChunkInfo) => chunk.modules;

function reachable(entry: string): { initial: readonly ChunkInfo[]; lazy: readonly ChunkInfo[] } {
  const e = graph.entries[entry];
  expect(e, `entry ${entry}`).toBeDefined();
  return e!;
}

describe('production build', () => {
  it('loads office.js from Microsoft’s CDN before the pane’s bundles', () => {
    const page = html('taskpane.html');
    const office =
      page.indexOf(`src=${OFFICE_JS_URL}`) >= 0
        ? page.indexOf(`src=${OFFICE_JS_URL}`)
        : page.indexOf(`src="${OFFICE_JS_URL}"`);
    expect(office, 'office.js script tag').toBeGreaterThanOrEqual(0);
    const bundles = scriptSources(page);
    expect(bundles.some((b) => b.startsWith('taskpane.'))).toBe(true);
    for (const b of bundles) expect(page.indexOf(b), b).toBeGreaterThan(office);
    // office.js itself must not be deferred or async: the bundle relies on Office being defined when it runs.
    expect(page).not.toMatch(/<script[^>]*(defer|async)[^>]*appsforoffice/);
  });

  it('keeps office.js out of the preview', () => {
    const page = html('preview.html');
    expect(page).not.toContain('appsforoffice');
    expect(scriptSources(page).some((b) => b.startsWith('preview.'))).toBe(true);
  });

  it('gives every script a content-hashed name', () => {
    const js = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThanOrEqual(3);
    for (const f of js) expect(f).toMatch(/^[\w-]+\.[0-9a-f]{16}\.js$/);
  });

  it('never puts the xlsx adapter in anything the pane inside Excel can load', () => {
    const { initial, lazy } = reachable('taskpane');
    for (const c of [...initial, ...lazy]) expect(hasXlsx(c), `taskpane ${label(c)}`).toBe(false);
  });

  it('loads the xlsx adapter in the preview only lazily, from its own small chunk, without exceljs', () => {
    const { initial, lazy } = reachable('preview');
    for (const c of initial) expect(hasXlsx(c), `preview initial ${label(c)}`).toBe(false);
    const adapter = lazy.filter(hasXlsx);
    expect(adapter.length, 'the preview imports the adapter with import()').toBeGreaterThan(0);
    const modules = adapter.flatMap(moduleNames);
    expect(modules.some((n) => /src[\\/]adapters[\\/]xlsx[\\/]xlsxWorkbook\.ts/.test(n))).toBe(true);
    expect(modules.some((n) => /node_modules[\\/]fflate[\\/]/.test(n))).toBe(true);
    expect(modules.some((n) => /node_modules[\\/](exceljs|jszip)[\\/]/.test(n))).toBe(false);
    const files = adapter.flatMap((c) => [...c.files]);
    expect(files.every((f) => sizes.lazy.some((l) => l.file === f))).toBe(true);
    const gzip = sizes.lazy.filter((l) => files.includes(l.file)).reduce((n, l) => n + l.gzip, 0);
    expect(gzip).toBeLessThan(PREVIEW_LAZY_GZIP_BUDGET);
  });

  it('writes the production manifest pointed at the production URL', () => {
    const built = html('manifest.xml');
    expect(built).toBe(manifestForUrl(readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8'), PROD));
    expect(built).toContain(`${PROD}taskpane.html`);
    expect(built).not.toContain('https://localhost');
  });

  it('ships the icons and the support page the manifest names', () => {
    for (const size of [16, 32, 64, 80, 128])
      expect(readdirSync(path.join(outDir, 'assets'))).toContain(`icon-${size}.png`);
    expect(html('support.html')).toMatch(/ITA Workbench/);
  });

  it('keeps the pane’s initial download within budget (sizes in test-results/bundle-sizes.json)', () => {
    const pane = sizes.pages.find((p) => p.page === 'taskpane.html')!;
    const preview = sizes.pages.find((p) => p.page === 'preview.html')!;
    console.info(
      `bundle sizes (gzip): taskpane ${(pane.gzip / 1024).toFixed(1)} KiB, preview ${(preview.gzip / 1024).toFixed(1)} KiB, ` +
        `lazy ${sizes.lazy.map((l) => `${l.file} ${(l.gzip / 1024).toFixed(1)} KiB`).join(', ')}`,
    );
    expect(pane.gzip).toBeGreaterThan(10_000);
    expect(pane.gzip).toBeLessThan(TASKPANE_GZIP_BUDGET);
  });
});
