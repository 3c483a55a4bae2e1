/**
 * `ita analyze`: the command line, over the app's run() (app/workbench.ts). Composition root for the xlsx adapter
 * (Node's zlib); exit codes 0 ok, 1 input problem, 2 usage, 70 internal error.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { defaultBuilders } from '../app/builders';
import { META_SHEET } from '../app/port';
import { describeError, UserError } from '../app/userError';
import { run, ALL_ACTIONS, type Action, type Analysis } from '../app/workbench';
import { message, type MessageCode } from '../domain/messages';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, type Settings } from '../domain/settings';
import type { Issue, Lang } from '../domain/types';
import { newWorkbookWith } from '../adapters/xlsx/xlsxWorkbook';
import { openInput, refusalOf } from '../adapters/xlsx/open';
import { readXlsxFile, writeFileAtomic, zlibCodec } from '../adapters/xlsx/node';
import { parseArgs, USAGE, type AnalyzeArgs } from './args';
import { runBatch, type BatchIo } from './batch';
import { toJson, toText } from './report';
import { planJson } from '../app/planJson';
import { planSentences } from '../domain/planner/shortestPath';
import { readFile } from 'node:fs/promises';
import { describeFrameworkIssues, frameworkFromJson, frameworksInWorkbook } from '../domain/specs/frameworkSheet';
import type { SummarizeContext } from '../domain/score';

export type Io = {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now?: Date;
} & Pick<BatchIo, 'progress' | 'columns' | 'pool'>;

/** --framework: an .xlsx with framework sheets, or a JSON bundle; every problem named (file, sheet, cell), in the user's language. */
async function loadFramework(file: string, lang: Lang): Promise<NonNullable<SummarizeContext['frameworks']>> {
  if (/\.json$/i.test(file)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new UserError({ code: 'input.notFound', params: { file } });
    }
    const r = frameworkFromJson(text, file);
    if (!r.framework) {
      const problems = describeFrameworkIssues(r.issues, lang);
      throw new UserError({ code: 'framework.file.invalid', params: { file } }, undefined, problems);
    }
    return [{ framework: r.framework, origin: { kind: 'file', file } }];
  }
  const { snapshot } = await openInput(await loadInput(file), file, { codec: zlibCodec });
  const found = frameworksInWorkbook(snapshot, file);
  if (!found.sheets.length) throw new UserError({ code: 'framework.file.none', params: { file } });
  if (!found.frameworks.length) {
    const problems = describeFrameworkIssues(found.issues, lang, file);
    throw new UserError({ code: 'framework.file.invalid', params: { file } }, undefined, problems);
  }
  return found.frameworks;
}

/** The file's bytes (missing file, folder: refusals naming it); what the bytes are is open.ts's to say. */
async function loadInput(path: string): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new UserError({ code: 'input.notFound', params: { file: path } });
  }
  if (!st.isFile()) throw new UserError({ code: 'input.notXlsx', params: { file: path } });
  return readXlsxFile(path);
}

function settingsFrom(a: AnalyzeArgs): { base: Settings; explicit: Partial<Settings> } {
  const thresholds = {
    ...DEFAULT_THRESHOLDS,
    ...(a.oitWeakBelow !== undefined ? { oitWeakBelow: a.oitWeakBelow } : {}),
    ...(a.passLine !== undefined ? { surveyWeakBelow: a.passLine } : {}),
  };
  const explicit: Partial<Settings> = {
    lang: a.lang,
    thaiDigits: a.thaiDigits,
    thresholds,
    ...(a.year !== undefined ? { year: a.year } : {}),
    ...(a.planYear !== undefined ? { planYear: a.planYear } : {}),
    ...(a.agency !== undefined ? { agency: a.agency } : {}),
    ...(a.history !== undefined ? { history: a.history } : {}),
  };
  return { base: DEFAULT_SETTINGS, explicit };
}

function isFatalScan(a: Analysis): Issue | undefined {
  return a.summary.scan.issues.find((i) => i.code === 'scan.empty' || i.code === 'scan.noTables');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text for a terminal: control characters from cell text (ESC sequences could move the cursor, recolour or retitle
 * the terminal) become U+FFFD; in JSON, C1 controls (which JSON.stringify leaves raw) become \u escapes.
 */
export function forTerminal(s: string, json = false): string {
  return s.replace(CONTROL, (c) => (json ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : '\ufffd'));
}

/** The exit code of a broken invariant (EX_SOFTWARE), as entry.ts gives what escapes main. */
export const INTERNAL_ERROR = 70;

/** Run the command line; returns the exit code (never throws for user errors). */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const json = argv.includes('--json');
  const io: Io = { ...rawIo, out: (s) => rawIo.out(forTerminal(s, json)), err: (s) => rawIo.err(forTerminal(s)) };
  const args = parseArgs(argv, io.env);
  const lang = args.lang;
  if (args.command === 'help') {
    io.out(USAGE[lang]);
    return 0;
  }
  if (args.command === 'version') {
    io.out('ita-workbench 0.1.0');
    return 0;
  }
  if (args.command === 'error') {
    io.err(
      `${message(args.code, lang, args.params)}\n${lang === 'th' ? 'ดูวิธีใช้: npm run --silent ita -- --help' : 'See: npm run --silent ita -- --help'}`,
    );
    return 2;
  }
  if (args.command === 'batch') return runBatch(args, io);
  const fail = (code: MessageCode, params: Record<string, string | number>, exit: number): number => {
    const said = message(code, lang, params);
    // Scan messages speak of "this workbook": name the file for the command line.
    const text = typeof params.file === 'string' && !said.includes(params.file) ? `${params.file}: ${said}` : said;
    if (args.json) io.out(JSON.stringify({ error: { code, message: text, ...params } }, null, 2));
    io.err(text);
    return exit;
  };
  if (args.output !== undefined) {
    if (!/\.xls[xm]$/i.test(args.output)) return fail('usage.outputNotXlsx', { file: args.output }, 2);
    if (resolve(args.output) === resolve(args.input) && !args.overwrite)
      return fail('usage.sameFile', { file: args.output }, 2);
  }
  try {
    const data = await loadInput(args.input);
    const { workbook: book } = await openInput(data, args.input, { codec: zlibCodec });
    // Macros stay, so the file stays what it is: Excel opens a macro workbook only as .xlsm (and a plain one only as .xlsx).
    if (args.output !== undefined && !args.separate && book.macroEnabled !== /\.xlsm$/i.test(args.output)) {
      return fail(book.macroEnabled ? 'usage.outputMacro' : 'usage.outputNotXlsx', { file: args.output }, 2);
    }
    const { base, explicit } = settingsFrom(args);
    const frameworks = args.framework !== undefined ? await loadFramework(args.framework, lang) : [];
    // What the command line refuses to report on or write into, and what it adds to the analysis's issues.
    const check = (analysis: Analysis): Issue[] => {
      const sheets = analysis.snapshot.sheets.filter((s) => s.name !== META_SHEET);
      if (sheets.every((s) => s.values.every((r) => r.every((c) => c === null)))) {
        throw new UserError({ code: 'scan.empty', params: { file: args.input } });
      }
      const fatal = isFatalScan(analysis);
      if (fatal) throw new UserError({ code: fatal.code, params: { file: args.input } });
      const year = analysis.summary.year;
      // --plan-year against the year the workbook (or its item names) gave: a plan is for a later year.
      if (args.planYear !== undefined && args.planYear <= year) {
        const params = { planYear: String(args.planYear), year: String(year) };
        throw new UserError({ code: 'usage.planNotAfter', params });
      }
      if (!frameworks.length || frameworks.some((f) => f.framework.year === year)) return [];
      const years = frameworks.map((f) => f.framework.year).join(', ');
      const params = { file: args.framework!, years, year };
      return [{ code: 'framework.file.otherYear', severity: 'warning', params }];
    };
    // Without -o only a report: nothing is planned or written.
    const writing = args.output !== undefined;
    const actions: Action[] = writing ? [...ALL_ACTIONS, ...(args.fill ? (['fill'] as const) : [])] : [];
    // --separate: our sheets, values only, in a new workbook; else into the package itself, where charts,
    // pictures, macros and every other part of the user's stay as they are.
    const separate = writing && args.separate ? await newWorkbookWith([], { codec: zlibCodec }) : null;
    const result = await run(book, base, actions, defaultBuilders, {
      explicit,
      context: { frameworks },
      check,
      ...(io.now ? { now: io.now } : {}),
      ...(separate ? { separate } : {}),
    });
    const { summary, issues } = result;
    let written: string[] = [];
    if (args.output !== undefined) {
      const out = await (separate ?? book).toBuffer();
      written = (result.plan?.written ?? []).map((s) => s.name);
      await mkdir(dirname(resolve(args.output)), { recursive: true });
      await writeFileAtomic(args.output, out);
    }
    // The planner's report is only printed in JSON: computing it costs time the plain report does not need.
    const plan = args.json ? { plan: planJson(summary, lang) } : { sentences: planSentences(summary, lang) };
    const extras = { ...(args.output ? { output: args.output, written } : {}), ...plan };
    io.out(
      args.json
        ? JSON.stringify(toJson(summary, issues, lang, extras), null, 2)
        : toText(summary, issues, lang, extras),
    );
    return 0;
  } catch (e) {
    // The xlsx adapter's limits (passed while writing) become refusals naming the input; every user error is a
    // UserError.
    const user = refusalOf(e, args.input);
    const err = e as NodeJS.ErrnoException;
    if (!user && err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      return fail('output.ioError', { file: args.output ?? args.input, reason: err.code }, 1);
    }
    // One sentence for anything thrown (describeError): a user error's own, else the unexpected-error one.
    const said = describeError(user ?? e);
    const details = user?.details ?? [];
    const params = details.length ? { ...said.params, problems: details.join('\n') } : { ...said.params };
    const exit = fail(said.code, params, !user ? INTERNAL_ERROR : said.code.startsWith('usage.') ? 2 : 1);
    for (const d of details) io.err(`  - ${d}`);
    if (!user) {
      // A bug or an unmapped failure: the raw error stays on stderr for developers, as entry.ts logs what escapes main.
      io.err(`ITA Workbench: internal error / ข้อผิดพลาดภายใน: ${e instanceof Error ? e.message : String(e)}`);
      if (io.env.ITA_DEBUG) io.err(e instanceof Error && e.stack ? e.stack : String(e));
    }
    return exit;
  }
}
