/**
 * `ita batch <folder|files…>`: many agencies at once. Every file under the paths goes through the same engine as
 * `analyze` on a worker thread (batchPool.ts); a file that cannot be read is listed with its message and never stops
 * the batch. Prints one JSON document (--json) or a report; writes the consolidated workbook (-o); a progress bar on
 * stderr when it is a terminal, and a one-line summary at the end. Exit 0 when at least one agency was read, 1 none.
 */
import type { Dirent } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { newWorkbookWith } from '../adapters/xlsx/xlsxWorkbook';
import { writeFileAtomic } from '../adapters/xlsx/node';
import { standaloneChanges } from '../app/standalone';
import type { AgencyResult } from '../domain/batch/agencies';
import { consolidate, type Consolidation, type RankedAgency } from '../domain/batch/consolidate';
import { message, type MessageCode } from '../domain/messages';
import { DEFAULT_THRESHOLDS, type Settings, type Thresholds } from '../domain/settings';
import { buildConsolidated } from '../domain/specs/consolidatedSheet';
import type { Lang } from '../domain/types';
import type { FileOutcome, FileTask } from './batchFile';
import type { BatchArgs } from './batchArgs';
import { runPool, type PoolOptions } from './batchPool';

export type BatchIo = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** Raw writes to a terminal's stderr (the progress bar); absent when stderr is not a terminal. */
  readonly progress?: (s: string) => void;
  readonly columns?: number;
  readonly now?: Date;
  /** Pool settings (tests). */
  readonly pool?: PoolOptions;
};

export type Failed = { readonly file: string; readonly code: MessageCode; readonly message: string };

const SKIP_NAMES = /^(?:\.|~\$)|^(?:thumbs\.db|desktop\.ini)$/i;

/** Every file under the paths (folders recursively, sorted; hidden files, Office lock files and the output left out). */
async function listFiles(
  inputs: readonly string[],
  exclude: ReadonlySet<string>,
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const add = (p: string): void => {
    const abs = resolve(p);
    if (exclude.has(abs) || seenFiles.has(abs)) return;
    seenFiles.add(abs);
    files.push(p);
  };
  const walk = async (dir: string): Promise<void> => {
    const real = resolve(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      missing.push(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (SKIP_NAMES.test(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) add(p);
      else if (e.isSymbolicLink()) {
        const st = await stat(p).catch(() => null);
        if (st?.isDirectory()) await walk(p);
        else if (st?.isFile()) add(p);
      }
    }
  };
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (!st) missing.push(input);
    else if (st.isDirectory()) await walk(input);
    else add(input);
  }
  return { files, missing };
}

const L = {
  th: {
    title: 'ผลการประเมิน ITA หลายหน่วยงาน',
    of: '{agencies} หน่วยงาน จาก {files} ไฟล์',
    years: 'ปีงบประมาณ',
    byRating: 'ผลการประเมิน',
    means: 'คะแนนเฉลี่ย',
    overall: 'ภาพรวม',
    weak: 'ข้อที่ต้องปรับปรุงในหลายหน่วยงานที่สุด',
    agencies: 'รายหน่วยงาน (เรียงตามคะแนนรวม)',
    failed: 'อ่านไม่ได้ ({n} ไฟล์)',
    written: 'เขียนไฟล์แล้ว',
    none: 'ไม่มี',
    noScore: 'ไม่มีคะแนน',
    unrated: 'ไม่มีคะแนน',
    line: 'ita batch: {files} ไฟล์ → {agencies} หน่วยงาน, อ่านไม่ได้ {failed} ไฟล์, {seconds} วินาที ({rate} ไฟล์/วินาที)',
    bar: '{done}/{total} ไฟล์ · {agencies} หน่วยงาน · อ่านไม่ได้ {failed} · {rate} ไฟล์/วินาที',
  },
  en: {
    title: 'ITA results of many agencies',
    of: '{agencies} agencies from {files} files',
    years: 'Fiscal year',
    byRating: 'By rating',
    means: 'Means',
    overall: 'overall',
    weak: 'Items most often weak',
    agencies: 'Agencies (by overall score)',
    failed: 'Not read ({n} files)',
    written: 'Written',
    none: 'none',
    noScore: 'no score',
    unrated: 'no score',
    line: 'ita batch: {files} files → {agencies} agencies, {failed} not read, {seconds} s ({rate} files/s)',
    bar: '{done}/{total} files · {agencies} agencies · {failed} not read · {rate} files/s',
  },
} as const;

const fill = (t: string, p: Record<string, string | number>): string =>
  t.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));
const r2 = (x: number | null): string => (x === null ? '—' : (Math.round(x * 100) / 100).toFixed(2));
const num = (n: number): string => n.toLocaleString('en-US');

/** The failure's sentence, naming the file (catalogue messages about "this workbook" get the file in front). */
function failureText(code: MessageCode, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const said = message(code, lang, params);
  const file = String(params.file ?? '');
  return file && !said.includes(file) ? `${file}: ${said}` : said;
}

/** The JSON document of `batch --json`: agencies in file order, what could not be read, and the consolidated figures. */
export function batchJson(
  c: Consolidation,
  order: readonly AgencyResult[],
  failed: readonly Failed[],
  files: number,
  lang: Lang,
  output?: string,
): unknown {
  const ranked: RankedAgency[] = [];
  for (const r of c.agencies) ranked[r.index] = r;
  const byRating: Record<string, number> = {};
  for (const s of c.byRating) for (const l of s.levels) byRating[l.level.label[lang]] = l.count;
  return {
    agencies: order.map((a, k) => {
      const r = ranked[k]!;
      const rating = a.overall.rating;
      return {
        file: a.file,
        sheet: a.sheet,
        row: a.row,
        agency: a.agency,
        type: a.type,
        ...(a.district ? { district: a.district } : {}),
        ...(a.province ? { province: a.province } : {}),
        year: a.year,
        source: a.source,
        tools: a.tools.map((t) => ({ tool: t.tool, score: t.score })),
        indicators: a.indicators.map((i) => ({ no: i.no, tool: i.tool, score: i.score })),
        overall: {
          score: a.overall.score,
          computed: a.overall.computed,
          reported: a.overall.reported,
          rating: rating
            ? {
                label: rating.label[lang],
                pass: rating.pass,
                level: rating.level,
                scheme: rating.scheme,
                blockedBy: rating.blockedBy.map((b) => ({ level: b.level[lang], tools: b.tools })),
              }
            : null,
          ...(a.overall.stated ? { stated: a.overall.stated } : {}),
        },
        rank: r.rank,
        toPass: r.blockers.short,
        weakCount: a.weakItems ? a.weakItems.length : null,
        weakItems: a.weakItems ? a.weakItems.map((w) => w.code) : null,
        warnings: a.issues.map((i) => ({
          code: i.code,
          sheet: i.sheet ?? null,
          cell: i.cell ?? null,
          message: message(i.code, lang, i.params),
        })),
      };
    }),
    failed,
    summary: {
      count: c.count,
      files,
      failed: failed.length,
      passed: c.passed,
      unrated: c.unrated,
      years: c.years,
      byRating,
      means: {
        overall: c.means.overall.mean,
        ...Object.fromEntries(Object.entries(c.means.tools).map(([t, m]) => [t, m.mean])),
        indicators: Object.fromEntries(c.means.indicators.map((i) => [String(i.no), i.mean])),
      },
      weakItems: c.weakItems
        .slice(0, 20)
        .map((w) => ({ code: w.code, name: w.name?.[lang] ?? null, agencies: w.agencies, critical: w.critical })),
    },
    ...(output ? { output } : {}),
  };
}

/** The plain-text report. */
export function batchText(
  c: Consolidation,
  failed: readonly Failed[],
  files: number,
  lang: Lang,
  output?: string,
): string {
  const t = L[lang];
  const out: string[] = [];
  out.push(
    `${t.title} — ${fill(t.of, { agencies: num(c.count), files: num(files) })}${c.years.length ? ` — ${t.years} ${c.years.join(', ')}` : ''}`,
  );
  const levels = c.byRating.flatMap((s) => s.levels.map((l) => `${l.level.label[lang]} ${l.count}`));
  if (c.unrated) levels.push(`${t.unrated} ${c.unrated}`);
  out.push(`${t.byRating}: ${levels.join(' · ') || t.none}`);
  out.push(
    `${t.means}: ${t.overall} ${r2(c.means.overall.mean)} · ${(['IIT', 'EIT', 'OIT'] as const).map((x) => `${x} ${r2(c.means.tools[x].mean)}`).join(' · ')}`,
  );
  if (c.weakItems.length)
    out.push(
      `${t.weak}: ${c.weakItems
        .slice(0, 10)
        .map((w) => `${w.code} (${w.agencies})`)
        .join(', ')}`,
    );
  out.push(`${t.agencies}:`);
  for (const a of c.agencies) {
    const rating = a.overall.rating ? a.overall.rating.label[lang] : t.noScore;
    const where = a.sheet ? `${a.file ?? ''} ${a.sheet}!${a.row}` : (a.file ?? '');
    out.push(
      `  ${String(a.rank ?? '—').padStart(4)}  ${r2(a.overall.score).padStart(6)}  ${rating}  ${a.agency ?? '—'}  (${where})`,
    );
  }
  out.push(`${fill(t.failed, { n: failed.length })}:`);
  out.push(...(failed.length ? failed.map((f) => `  - ${f.message}`) : [`  ${t.none}`]));
  if (output) out.push(`${t.written}: ${output}`);
  return out.join('\n');
}

/** A relative, URL-encoded link from the output workbook's folder to an agency's file (both move together). */
function linkTo(file: string, output: string): string {
  const rel = relative(dirname(resolve(output)), resolve(file))
    .split(sep)
    .join('/');
  return encodeURI(rel);
}

function thresholdsOf(a: BatchArgs): Thresholds {
  return {
    ...DEFAULT_THRESHOLDS,
    ...(a.oitWeakBelow !== undefined ? { oitWeakBelow: a.oitWeakBelow } : {}),
    ...(a.passLine !== undefined ? { surveyWeakBelow: a.passLine } : {}),
  };
}

/** Run `ita batch`; returns the exit code. */
export async function runBatch(args: BatchArgs, io: BatchIo): Promise<number> {
  const lang = args.lang;
  const t = L[lang];
  const t0 = performance.now();
  const exclude = new Set(args.output ? [resolve(args.output)] : []);
  const { files, missing } = await listFiles(args.inputs, exclude);
  const thresholds = thresholdsOf(args);
  const explicit: Partial<Settings> = {
    lang,
    thaiDigits: args.thaiDigits,
    thresholds,
    ...(args.year !== undefined ? { year: args.year } : {}),
  };
  const tasks: FileTask[] = files.map((f, id) => ({ id, path: resolve(f), display: f, explicit }));
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
  let done = 0,
    agencies = 0,
    bad = 0,
    lastDraw = 0;
  const draw = (force = false): void => {
    if (!io.progress) return;
    const now = performance.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const rate = done / Math.max(0.001, (now - t0) / 1000);
    const label = fill(t.bar, {
      done: num(done),
      total: num(tasks.length),
      agencies: num(agencies),
      failed: num(bad),
      rate: rate.toFixed(1),
    });
    const width = Math.max(10, Math.min(40, (io.columns ?? 80) - label.length - 4));
    const filled = tasks.length ? Math.round((done / tasks.length) * width) : width;
    io.progress(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${label}\u001b[K`);
  };
  if (tasks.length) {
    draw(true);
    await runPool(
      tasks,
      (task, outcome) => {
        outcomes[task.id] = outcome;
        done++;
        if (outcome.kind === 'ok') agencies += outcome.agencies.length;
        else bad++;
        draw();
      },
      { ...(args.jobs !== undefined ? { jobs: args.jobs } : {}), ...io.pool },
    );
    draw(true);
    io.progress?.('\r\u001b[K');
  }
  const results: AgencyResult[] = [];
  const failed: Failed[] = missing.map((m) => ({
    file: m,
    code: 'input.notFound' as MessageCode,
    message: failureText('input.notFound', { file: m }, lang),
  }));
  outcomes.forEach((o, k) => {
    if (!o) return;
    if (o.kind === 'ok') results.push(...o.agencies);
    else failed.push({ file: tasks[k]!.display, code: o.code, message: failureText(o.code, o.params, lang) });
  });
  const c = consolidate(results, thresholds.surveyWeakBelow);
  let written: string | undefined;
  if (args.output && results.length) {
    const output = args.output;
    const spec = buildConsolidated(c, {
      lang,
      thaiDigits: args.thaiDigits,
      thresholds,
      link: (a) => (a.file ? { url: linkTo(a.file, output) } : undefined),
      source: (a) => (a.sheet ? `${a.file ?? ''} — ${a.sheet}!${a.at?.cell ?? a.row}` : (a.file ?? '')),
    });
    const book = await newWorkbookWith([]);
    await book.write(standaloneChanges([spec], lang, io.now));
    const bytes = await book.toBuffer();
    try {
      await mkdir(dirname(resolve(output)), { recursive: true });
      await writeFileAtomic(output, bytes);
      written = output;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      io.err(message('output.ioError', lang, { file: output, reason: code }));
      return 1;
    }
  }
  io.out(
    args.json
      ? JSON.stringify(batchJson(c, results, failed, files.length + missing.length, lang, written), null, 2)
      : batchText(c, failed, files.length + missing.length, lang, written),
  );
  const seconds = (performance.now() - t0) / 1000;
  io.err(
    fill(t.line, {
      files: num(files.length + missing.length),
      agencies: num(results.length),
      failed: num(failed.length),
      seconds: seconds.toFixed(1),
      rate: (files.length / Math.max(0.001, seconds)).toFixed(1),
    }),
  );
  if (!results.length) {
    io.err(message('batch.noAgency', lang));
    return 1;
  }
  return 0;
}
