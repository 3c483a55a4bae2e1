/**
 * The production build, made once per test run and shared by every test file that needs it (the build test, the
 * browser tests): the first caller builds into the run's folder under a lock, the others wait for its result.
 * What webpack knew about chunks is kept as plain data (graph.json), since test files run in separate processes.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpack, { type Chunk, type ChunkGroup, type Compilation, type Module } from 'webpack';
import { inject } from 'vitest';
import config from '../../webpack.config.js';

/** The production URL the shared build is made for. */
export const PROD_URL = 'https://ita.agency.go.th/addins/ita-workbench/';

export type ChunkInfo = {
  readonly id: string;
  readonly name: string | null;
  readonly files: readonly string[];
  readonly modules: readonly string[];
};
/** For each entry point: the chunks it loads before running, and every chunk its code can import lazily. */
export type BuildGraph = {
  readonly entries: Readonly<
    Record<string, { readonly initial: readonly ChunkInfo[]; readonly lazy: readonly ChunkInfo[] }>
  >;
};
export type Build = { readonly outDir: string; readonly graph: BuildGraph };

function moduleNames(compilation: Compilation, chunk: Chunk): string[] {
  const out: string[] = [];
  const walk = (m: Module): void => {
    out.push(m.nameForCondition() ?? m.identifier());
    const inner = (m as Module & { modules?: Iterable<Module> }).modules;
    if (inner) for (const x of inner) walk(x);
  };
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) walk(m);
  return out;
}

/** Chunk groups, not chunks: a chunk shared by two entries must not lend one entry's lazy imports to the other. */
function graphOf(compilation: Compilation): BuildGraph {
  const info = (c: Chunk): ChunkInfo => ({
    id: String(c.id),
    name: c.name ?? null,
    files: [...c.files],
    modules: moduleNames(compilation, c),
  });
  const entries: Record<string, { initial: ChunkInfo[]; lazy: ChunkInfo[] }> = {};
  for (const [name, start] of compilation.entrypoints) {
    const initial = [...start.chunks];
    const lazy = new Set<Chunk>();
    const seen = new Set<ChunkGroup>([start]);
    const queue: ChunkGroup[] = [...start.getChildren()];
    while (queue.length > 0) {
      const group = queue.shift()!;
      if (seen.has(group)) continue;
      seen.add(group);
      for (const c of group.chunks) if (!initial.includes(c)) lazy.add(c);
      queue.push(...group.getChildren());
    }
    entries[name] = { initial: initial.map(info), lazy: [...lazy].map(info) };
  }
  return { entries };
}

async function buildInto(outDir: string): Promise<BuildGraph> {
  const cfg = await config({ outDir, prodUrl: PROD_URL, noSourceMaps: true }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(cfg, (err, s) => (err ? reject(err) : s ? resolve(s) : reject(new Error('webpack returned no stats'))));
  });
  const errors = stats.compilation.errors.map((e) => e.message);
  if (errors.length) throw new Error(`webpack errors:\n${errors.join('\n')}`);
  return graphOf(stats.compilation);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The run's production build (built on first call, in whichever test process asks first). */
export async function productionBuild(timeoutMs = 900_000): Promise<Build> {
  const runDir = inject('buildDir');
  const outDir = path.join(runDir, 'dist');
  const done = path.join(runDir, 'graph.json');
  const failed = path.join(runDir, 'error.txt');
  let mine = false;
  try {
    mkdirSync(path.join(runDir, 'lock'));
    mine = true;
  } catch {
    // another test process is building (or has built)
  }
  if (mine) {
    try {
      const graph = await buildInto(outDir);
      writeFileSync(`${done}.tmp`, JSON.stringify(graph));
      renameSync(`${done}.tmp`, done);
      return { outDir, graph };
    } catch (e) {
      writeFileSync(failed, String((e as Error).stack ?? e));
      throw e;
    }
  }
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (existsSync(done)) return { outDir, graph: JSON.parse(readFileSync(done, 'utf8')) as BuildGraph };
    if (existsSync(failed)) throw new Error(`the shared production build failed:\n${readFileSync(failed, 'utf8')}`);
    await sleep(500);
  }
  throw new Error('timed out waiting for the shared production build');
}
