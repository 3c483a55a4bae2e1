/**
 * npm run bench — figures, not pass/fail: scanner throughput and memory, the CLI against a bare exceljs
 * read+write, office-js sync counts, bundle sizes, and the preview's timings in headless chromium.
 * Sections can be picked: npm run bench -- install scan years cli large batch syncs bundle preview
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { scanWorkbook } from '../src/domain/scan/scan';
import { syntheticWorkbook } from './synthetic';
import { benchCli } from './cli';
import { measureSyncs } from '../tests/helpers/officeSyncs';
import { measureBundles } from '../scripts/bundle-sizes';
import { benchBatch } from './batch';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

async function benchScan(): Promise<void> {
  const sheets = 50,
    rows = 2000,
    cols = 12;
  const wb = syntheticWorkbook({ sheets, rows, cols });
  const cells = sheets * rows * cols;
  const heapBefore = process.memoryUsage().heapUsed;
  scanWorkbook(wb); // warm-up
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = scanWorkbook(wb);
    times.push(performance.now() - t0);
    found = r.items.length;
  }
  times.sort((a, b) => a - b);
  const ms = times[2]!;
  console.log(`scan: ${sheets} sheets × ${fmt(rows)} rows × ${cols} cols = ${fmt(cells)} cells`);
  console.log(
    `  median ${fmt(ms, 1)} ms → ${fmt(cells / (ms / 1000))} cells/s (target ≥ 1,000,000); ${fmt(found)} item hits`,
  );
  console.log(
    `  heap in use ${mb(process.memoryUsage().heapUsed)} (workbook + results; ${mb(heapBefore)} before scanning), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

/** Identifying items by name and telling the year from them: summarize() on a FY2569 workbook with no year written. */
async function benchYears(): Promise<void> {
  const { summarize } = await import('../src/domain/score');
  const { yearWorkbook, OIT_2569 } = await import('../tests/fixtures/yearGrids');
  const scan = scanWorkbook(
    yearWorkbook({
      year: null,
      oitNames: OIT_2569,
      oit: OIT_2569.map(() => 100),
      indicators: [90, 90, 90, 90, 90, 90, 90, 90, 90, 90],
    }),
  );
  summarize(scan); // warm-up (name keys cached per framework)
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    summarize(scan);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `years: summarize a FY2569 workbook with no year (${scan.items.length} rows matched by name against ${(await import('../src/domain/framework')).frameworksWithItems().length} frameworks): median ${fmt(times[10]!, 2)} ms (target ≤ 50 ms)`,
  );
}

async function benchCliSection(): Promise<void> {
  const r = await benchCli();
  console.log('cli: analyze samples/ita-2567-sample.xlsx -o … vs bare exceljs read + write of the same file');
  console.log(
    `  in process: cli ${fmt(r.cliMs!, 1)} ms, exceljs ${fmt(r.bareMs!, 1)} ms → ${fmt(r.ratio!, 2)}× (target ≤ 1.0×, stretch 0.7×)`,
  );
  console.log(
    `  whole process: cli ${fmt(r.cliProcMs!, 0)} ms, exceljs ${fmt(r.bareProcMs!, 0)} ms → ${fmt(r.procRatio!, 2)}×`,
  );
  console.log(
    `  read alone (openXlsx + read, what the reviewers' batch pays per file): ${fmt(r.readMs!, 1)} ms (target ≤ 30 ms)`,
  );
}

async function benchLargeSection(): Promise<void> {
  const { benchLarge } = await import('./large');
  const r = benchLarge();
  console.log(
    `large: a generated ${mb(r.bytes)} (MiB) workbook (${fmt(r.cells)} cells, 7 sheets), analyze -o as a separate process`,
  );
  console.log(
    `  ${fmt(r.ms / 1000, 1)} s (target ≤ 30 s), peak RSS ${fmt(r.peakMb, 0)} MB (target ≤ 1,024 MB), exit ${r.code}`,
  );
}

async function benchBatchSection(): Promise<void> {
  const r = await benchBatch();
  const m = r.median;
  console.log(
    `batch: ita batch on ${fmt(r.files)} generated agency workbooks (3 layouts), whole process of the bundled CLI, median of ${r.runs.length} runs`,
  );
  console.log(
    `  ${fmt(m.seconds, 1)} s → ${fmt(r.files / m.seconds, 1)} files/s (target ≤ 60 s); CPU ${fmt(m.cores, 2)} cores busy; peak RSS ${fmt(m.rssMb)} MB (target ≤ 1,024 MB); ${fmt(m.agencies)} agencies`,
  );
  console.log(
    `  runs: ${r.runs.map((x) => `${fmt(x.seconds, 1)} s / ${fmt(x.rssMb)} MB`).join(', ')}; ${fmt(r.smallFiles)} files: ${fmt(r.small.seconds, 1)} s, peak RSS ${fmt(r.small.rssMb)} MB (memory does not grow with the count)`,
  );
  console.log(
    `  machine shared with other work: load average ${r.load.map((x) => fmt(x, 2)).join(' / ')} (1/5/15 min) at the start`,
  );
}

async function benchSyncs(): Promise<void> {
  console.log(
    'office-js syncs (typed fake): read / re-run write (check 2, record + remove, sheets by bytes, rules + record), vs a naive one-sync-per-sheet loop',
  );
  for (const n of [1, 10, 50]) {
    const m = await measureSyncs(n);
    console.log(
      `  ${String(n).padStart(2)} sheets: read ${m.readSyncs} (naive ${m.naiveReadSyncs}), write ${m.writeSyncs} (naive ${m.naiveWriteSyncs}); ${m.writeCommands} write commands`,
    );
  }
}

async function benchBundles(): Promise<void> {
  if (!existsSync('dist/taskpane.html')) execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
  const b = await measureBundles('dist');
  console.log('bundles (gzip -9), what each page loads before it runs:');
  for (const p of b.pages)
    console.log(
      `  ${p.page}: ${kb(p.gzip)} gzipped (${kb(p.bytes)} raw)${p.page.startsWith('taskpane') ? ' (target ≤ 150 KB)' : ''}`,
    );
  for (const f of b.lazy) console.log(`  lazy ${f.file}: ${kb(f.gzip)} gzipped`);
}

async function benchPreview(): Promise<void> {
  try {
    const mod = await import('./preview');
    const r = await mod.benchPreview();
    console.log('pane and preview (headless chromium, localhost):');
    console.log(
      `  pane (taskpane.html, local office.js, fake Excel, 320 px): time to interactive ${fmt(r.paneTtiMs)} ms, result on screen ${fmt(r.paneResultMs)} ms`,
    );
    console.log(
      `  preview: time to interactive ${fmt(r.ttiMs)} ms (target ≤ 1,000), Make the analysis and the plan on the sample ${fmt(r.doEverythingMs)} ms`,
    );
    console.log(
      `  preview, a ${mb(r.largeFileBytes)} workbook opened and analysed: longest main-thread task ${fmt(r.longestTaskWorkerMs)} ms in the Web Worker (${fmt(r.largeOpenWorkerMs)} ms in all) vs ${fmt(r.longestTaskPageMs)} ms on the page (${fmt(r.largeOpenPageMs)} ms)`,
    );
  } catch (e) {
    console.log(`preview: not measured (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function benchInstall(): Promise<void> {
  const { installSize } = await import('../scripts/install-size.mjs');
  const r = installSize();
  console.log(
    `install: node_modules ${mb(r.bytes)} in ${fmt(r.files)} files (${mb(r.disk)} on disk), ${fmt(r.packages)} packages` +
      ' (target ≤ 500 MB)',
  );
}

const sections: Record<string, () => Promise<void>> = {
  install: benchInstall,
  scan: benchScan,
  years: benchYears,
  cli: benchCliSection,
  large: benchLargeSection,
  batch: benchBatchSection,
  syncs: benchSyncs,
  bundle: benchBundles,
  preview: benchPreview,
};
const pick = process.argv.slice(2).filter((a) => a in sections);
for (const name of pick.length ? pick : Object.keys(sections)) {
  await sections[name]!();
}
