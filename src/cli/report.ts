/** What the command line prints: one JSON document (--json), or a plain report in the chosen language. */
import { frameworkNote, statusLabel, yearReason } from '../domain/frameworkNote';
import { formatIssue, message } from '../domain/messages';
import type { Summary } from '../domain/summary';
import type { Issue, Lang } from '../domain/types';

const r2 = (x: number | null): string => (x === null ? '—' : (Math.round(x * 100) / 100).toFixed(2));

export type JsonExtras = {
  readonly output?: string;
  readonly written?: readonly string[];
  readonly plan?: unknown;
  readonly sentences?: readonly string[];
};

/** The JSON document of `analyze --json`: scores unrounded; rounding is for display only. */
export function toJson(summary: Summary, issues: readonly Issue[], lang: Lang, extras: JsonExtras = {}): unknown {
  const { overall } = summary;
  return {
    year: summary.year,
    planYear: summary.planYear,
    agency: summary.agency,
    // Which framework, how sure (verified/partial/assumed), where the year came from and why, whose data.
    framework: {
      year: summary.framework.year,
      status: summary.framework.status,
      source: summary.framework.source,
      reason: yearReason(summary.framework, lang),
      origin: summary.framework.origin,
      exact: summary.frameworkExact,
      note: frameworkNote(summary, lang),
    },
    overall: {
      score: overall.score,
      reported: overall.reported,
      agrees: overall.agrees,
      estimated: overall.estimated,
      ...(overall.reportedAt ? { sheet: overall.reportedAt.sheet, cell: overall.reportedAt.cell } : {}),
      rating: overall.rating
        ? {
            label: overall.rating.label[lang],
            pass: overall.rating.pass,
            scheme: overall.rating.scheme,
            blockedBy: overall.rating.blockedBy.map((b) => ({ level: b.level[lang], tools: b.tools })),
          }
        : null,
    },
    tools: summary.tools.map((t) => ({
      tool: t.tool,
      score: t.score,
      weight: t.weight,
      reported: t.reported,
      agrees: t.agrees,
      estimated: t.estimated,
    })),
    indicators: summary.indicators.map((i) => ({
      no: i.no,
      tool: i.tool,
      name: i.name[lang],
      score: i.score,
      computed: i.computed,
      estimate: i.estimate,
      reported: i.reported,
      source: i.source,
      agrees: i.agrees,
      weak: i.weak !== null,
      ...(i.reportedAt ? { sheet: i.reportedAt.sheet, cell: i.reportedAt.cell } : {}),
      ...(i.sub ? { sub: i.sub.map((s) => ({ no: s.no, name: s.name[lang], score: s.score })) } : {}),
    })),
    items: summary.items.map((i) => ({
      // code as the assessment year numbers it, name as that year's framework names the identified item
      code: i.code,
      topic: i.topic,
      tool: i.tool,
      indicator: i.indicator,
      name: i.name[lang],
      score: i.score,
      weak: i.weak !== null,
      level: i.weak,
      sheet: i.location?.sheet ?? null,
      cell: i.location?.cell ?? null,
      ...(i.duplicates.length ? { duplicates: i.duplicates } : {}),
    })),
    weak: summary.weak.map((w) => w.code),
    warnings: issues.map((w) => ({
      code: w.code,
      severity: w.severity,
      sheet: w.sheet ?? null,
      cell: w.cell ?? null,
      message: message(w.code, lang, w.params),
      ...(w.params ? { params: w.params } : {}),
    })),
    tables: summary.scan.tables,
    ...(extras.plan !== undefined ? { plan: extras.plan } : {}),
    ...(extras.output ? { output: extras.output, sheetsWritten: extras.written ?? [] } : {}),
  };
}

const L = {
  th: {
    title: 'ผลการประเมิน ITA',
    agency: 'หน่วยงาน',
    year: 'ปีงบประมาณ',
    overall: 'คะแนนภาพรวม',
    stated: 'ตามที่ระบุ',
    rating: 'ผลการประเมิน',
    tools: 'คะแนนรายเครื่องมือ',
    inds: 'ตัวชี้วัด',
    items: 'จากรายข้อ',
    reported: 'ตามที่ระบุ',
    missing: 'ไม่มีข้อมูล',
    estimate: 'ค่าประมาณจากรายข้อ',
    weak: 'ข้อที่ต้องปรับปรุง (แย่ที่สุดก่อน)',
    warnings: 'คำเตือน',
    none: 'ไม่มี',
    written: 'เขียนไฟล์แล้ว',
    pass: 'ผ่าน',
    fail: 'ไม่ผ่าน',
    fw: 'ใช้กรอบการประเมินปี',
    blocked: 'ระดับที่สูงกว่าติดที่',
    path: 'ทางสู่เกณฑ์ผ่าน',
  },
  en: {
    title: 'ITA result',
    agency: 'Agency',
    year: 'Fiscal year',
    overall: 'Overall score',
    stated: 'stated',
    rating: 'Rating',
    tools: 'Tool scores',
    inds: 'Indicators',
    items: 'from items',
    reported: 'as stated',
    missing: 'missing',
    estimate: 'estimate from items',
    weak: 'Weak items (worst first)',
    warnings: 'Warnings',
    none: 'none',
    written: 'Written',
    pass: 'pass',
    fail: 'not passed',
    fw: 'Framework of FY',
    blocked: 'A higher level is blocked by',
    path: 'The way to the pass line',
  },
} as const;

/** A plain-text report for people. */
export function toText(summary: Summary, issues: readonly Issue[], lang: Lang, extras: JsonExtras = {}): string {
  const t = L[lang];
  const out: string[] = [];
  out.push(`${t.title} — ${t.year} ${summary.year}${summary.agency ? ` — ${summary.agency}` : ''}`);
  out.push(
    `${t.fw} ${summary.framework.year} (${statusLabel(summary.framework, lang)}): ${frameworkNote(summary, lang)}`,
  );
  if (summary.framework.source === 'workbook') out.push(`  ${yearReason(summary.framework, lang)}`);
  const o = summary.overall;
  out.push(`${t.overall}: ${r2(o.score)}${o.reported !== null ? ` (${t.stated} ${o.reported})` : ''}`);
  if (o.rating) {
    out.push(`${t.rating}: ${o.rating.label[lang]} (${o.rating.pass ? t.pass : t.fail})`);
    for (const b of o.rating.blockedBy) out.push(`  ${t.blocked} ${b.level[lang]}: ${b.tools.join(', ')}`);
  }
  out.push(`${t.tools}: ${summary.tools.map((x) => `${x.tool} ${r2(x.score)}`).join('  ')}`);
  out.push(`${t.inds}:`);
  for (const i of summary.indicators) {
    const src =
      i.source === 'items'
        ? t.items
        : i.source === 'reported'
          ? t.reported
          : i.source === 'estimate'
            ? t.estimate
            : t.missing;
    // The engine's agreement flag (score.ts agreement), not a comparison of our own.
    const flag = i.agrees === false ? `  ≠ ${i.reported}` : '';
    out.push(
      `  ${String(i.no).padStart(2)} ${i.tool} ${r2(i.score).padStart(6)}  ${i.name[lang]} (${src})${flag}${i.weak ? ' *' : ''}`,
    );
  }
  out.push(`${t.weak}:`);
  out.push(summary.weak.length ? '  ' + summary.weak.map((w) => `${w.code} ${r2(w.score)}`).join(', ') : `  ${t.none}`);
  if (extras.sentences?.length) {
    out.push(`${t.path}:`);
    for (const x of extras.sentences) out.push(`  ${x}`);
  }
  out.push(`${t.warnings}:`);
  // One push per issue: a spread of 125,000+ arguments overflows the call stack.
  if (issues.length) for (const i of issues) out.push(`  - ${formatIssue(i, lang)}`);
  else out.push(`  ${t.none}`);
  if (extras.output)
    out.push(`${t.written}: ${extras.output}${extras.written?.length ? ` (${extras.written.join(', ')})` : ''}`);
  return out.join('\n');
}
