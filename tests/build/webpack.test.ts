// One production build through webpack's Node API (temp output dir): HTML shells, hashed names, exceljs kept out of
// the pane inside Excel, the production manifest, and gzipped sizes written to test-results/bundle-sizes.json.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack, { type Chunk, type ChunkGroup, type Compilation, type Module } from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { OFFICE_JS_URL } from '../../webpack.config.js';
import { manifestForUrl } from '../../scripts/manifest-url.mjs';
import { measureBundles, scriptSources, type BundleSizes } from '../../scripts/bundle-sizes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROD = 'https://ita.agency.go.th/addins/ita-workbench/';
/** Gzipped bytes the pane inside Excel may load before it runs (React + Fluent UI + our code); office.js not counted. */
const TASKPANE_GZIP_BUDGET = 450_000;

let outDir = '';
let compilation: Compilation;
let sizes: BundleSizes;
const html = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'ita-build-'));
  const cfg = await config({ outDir, prodUrl: PROD, noSourceMaps: true }, { mode: 'production' });
  const result = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(cfg, (err, s) => (err ? reject(err) : s ? resolve(s) : reject(new Error('webpack returned no stats'))));
  });
  compilation = result.compilation;
  expect(compilation.errors.map((e) => e.message), 'webpack errors').toEqual([]);
  sizes = await measureBundles(outDir);
  mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'test-results/bundle-sizes.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...sizes }, null, 2)}\n`);
  // A minified production build of React + Fluent UI: ~40 s of CPU, far longer when the suite shares 2 cores.
}, 400_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Every module resource in a chunk, looking inside modules webpack concatenated into one. */
function moduleNames(chunk: Chunk): string[] {
  const out: string[] = [];
  const walk = (m: Module) => {
    out.push(m.nameForCondition() ?? m.identifier());
    const inner = (m as Module & { modules?: Iterable<Module> }).modules;
    if (inner) for (const x of inner) walk(x);
  };
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) walk(m);
  return out;
}

const hasExceljs = (chunk: Chunk) => moduleNames(chunk).some((n) => /node_modules[\\/]exceljs[\\/]/.test(n));
const label = (chunk: Chunk) => `chunk ${String(chunk.name ?? chunk.id)} (${[...chunk.files].join(', ')})`;

/**
 * The chunks an entry point can ever load: its own (initial) chunks and, through the chunk-group graph, every chunk
 * its code imports lazily. Chunk groups, not chunks: a chunk shared by both entries must not lend the preview's
 * lazy imports to the pane.
 */
function reachable(entry: string): { initial: Chunk[]; lazy: Chunk[] } {
  const start = compilation.entrypoints.get(entry);
  expect(start, `entry ${entry}`).toBeDefined();
  const initial = [...start!.chunks];
  const lazy = new Set<Chunk>();
  const seen = new Set<ChunkGroup>([start!]);
  const queue: ChunkGroup[] = [...start!.getChildren()];
  while (queue.length > 0) {
    const group = queue.shift()!;
    if (seen.has(group)) continue;
    seen.add(group);
    for (const c of group.chunks) if (!initial.includes(c)) lazy.add(c);
    queue.push(...group.getChildren());
  }
  return { initial, lazy: [...lazy] };
}

describe('production build', () => {
  it('loads office.js from Microsoft’s CDN before the pane’s bundles', () => {
    const page = html('taskpane.html');
    const office = page.indexOf(`src=${OFFICE_JS_URL}`) >= 0 ? page.indexOf(`src=${OFFICE_JS_URL}`) : page.indexOf(`src="${OFFICE_JS_URL}"`);
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

  it('never puts exceljs in anything the pane inside Excel can load', () => {
    const { initial, lazy } = reachable('taskpane');
    for (const c of [...initial, ...lazy]) expect(hasExceljs(c), `taskpane ${label(c)}`).toBe(false);
  });

  it('loads exceljs in the preview only lazily, from its own chunk', () => {
    const { initial, lazy } = reachable('preview');
    for (const c of initial) expect(hasExceljs(c), `preview initial ${label(c)}`).toBe(false);
    const excel = lazy.filter(hasExceljs);
    expect(excel.length, 'the preview imports exceljs with import()').toBeGreaterThan(0);
    // Aliased to exceljs's self-contained browser build, not its Node sources.
    expect(excel.flatMap(moduleNames).some((n) => /exceljs[\\/]dist[\\/]exceljs\.min\.js/.test(n))).toBe(true);
    expect(excel.flatMap((c) => [...c.files]).every((f) => sizes.lazy.some((l) => l.file === f))).toBe(true);
  });

  it('writes the production manifest pointed at the production URL', () => {
    const built = html('manifest.xml');
    expect(built).toBe(manifestForUrl(readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8'), PROD));
    expect(built).toContain(`${PROD}taskpane.html`);
    expect(built).not.toContain('https://localhost');
  });

  it('ships the icons and the support page the manifest names', () => {
    for (const size of [16, 32, 64, 80, 128]) expect(readdirSync(path.join(outDir, 'assets'))).toContain(`icon-${size}.png`);
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
