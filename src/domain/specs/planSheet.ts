/**
 * The "ITA มาตรการ <planYear>" sheet: section 4 of the document. The heading "วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่
 * การปฏิบัติ", then the measures plan in the template's four columns: one measure per weak theme, each naming the items
 * it answers by the plan year's code and name, plus the measures every plan needs (carrying out and reporting the
 * measures; publishing again the yearly documents, each with the year it covers); owners are the offices of this
 * agency's type; then the approval block. What a measure is worth stays in the score planner.
 */
import { frameworkExact, itemOnTopic, type Framework } from '../framework';
import { interpolate as fillIn } from '../messages';
import type { ItemResult, Summary } from '../summary';
import { enPeriod, fiscalMonthYear, EN_MONTHS, THAI_MONTHS, thaiPeriod } from '../thai';
import type { Lang } from '../types';
import { agencyTitles, type OfficeRole } from '../agency/titles';
import { agencyParams, planMeasures, type PlannedMeasure } from './drafting';
import {
  approvalRows,
  documentPrint,
  documentStyles,
  documentTitles,
  layOutPages,
  titleWords,
  staleRow,
  statusRow,
  type DraftedFrom,
} from './document';
import {
  addRow,
  addSpanRow,
  autoHeights,
  commonStyles,
  fromDraft,
  LANDSCAPE_MARGINS,
  newDraft,
  numbered,
  textCell,
  tr,
  txt,
  type Draft,
  type Keep,
  type SpecOptions,
} from './layout';
import { fill, measuresLibrary, standingMeasures, type MeasureTheme } from './measures';
import type { SheetSpec } from './sheetSpec';

const L = {
  name: { th: 'ITA มาตรการ {planYear}', en: 'ITA Measures {planYear}' },
  section4: {
    th: '4. วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. {planYear}',
    en: '4. How the analysis of each theme is carried into practice in fiscal year B.E. {planYear}',
  },
  intro: {
    th: 'จากผลการวิเคราะห์ทั้ง 7 ประเด็นข้างต้น {agency} ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {planYear} ดังนี้',
    en: 'From the analysis of the 7 themes above, {agency} sets the following integrity and transparency measures for fiscal year B.E. {planYear}:',
  },
  title1: {
    th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน{agency}',
    en: 'Measures to promote integrity and transparency within {agency}',
  },
  title2: { th: 'ประจำปีงบประมาณ พ.ศ. {planYear}', en: 'Fiscal year B.E. {planYear}' },
  headers: [
    { th: 'มาตรการ/โครงการ/กิจกรรม', en: 'Measure / project / activity' },
    { th: 'ขั้นตอน/วิธีปฏิบัติ', en: 'Steps' },
    { th: 'ผู้รับผิดชอบ', en: 'Responsible' },
    { th: 'ระยะเวลาดำเนินการ', en: 'Period' },
  ],
  answers: { th: 'ตอบสนองข้อ {items}', en: 'Answers {items}' },
  item: { th: '{code} {name}', en: '{code} {name}' },
  noCounterpart: { th: '{code} {name}†', en: '{code} {name}†' },
  noCounterpartNote: {
    th: '† ข้อของปี {year}: ยังไม่พบข้อที่ตรงกันในกรอบการประเมินปี {planYear}',
    en: '† FY{year} item: no known counterpart in the FY{planYear} framework',
  },
  noPlanFramework: {
    th: '† ข้อของปี {year}: ยังไม่มีกรอบการประเมินปี {planYear}',
    en: '† FY{year} items: there is no FY{planYear} framework yet',
  },
  indicator: { th: 'ตัวชี้วัดที่ {no} {name}', en: 'indicator {no} {name}' },
  document: { th: '{name} ({code}; ภายใน{month})', en: '{name} ({code}; by {month})' },
  documentUnknown: { th: 'ข้อในปี {planYear} ยังไม่ทราบ', en: 'FY{planYear} item not known' },
  inferredNote: {
    th: '* เลขข้อและชื่อข้อของปี {planYear} ที่มีเครื่องหมาย * เป็นการอนุมานจากแหล่งข้อมูลรอง ยังไม่ได้ตรวจกับคู่มือของสำนักงาน ป.ป.ช.',
    en: '* FY{planYear} item codes and names marked * are inferred from secondary sources, not yet checked against the NACC manual',
  },
  agency: { th: 'หน่วยงาน', en: 'the agency' },
} as const;

/** Measure, steps, owner, period: sized to print at 100 % on A4 landscape in every host. */
const WIDTHS = [34, 40, 19, 16];
const LAST = WIDTHS.length - 1;
const UNITS = WIDTHS.reduce((a, b) => a + b, 0);

type Marks = { inferred: boolean; unmatched: boolean };

const isInferred = (confidence: string | undefined): boolean =>
  !!confidence && /inferred|third-party|assumed/.test(confidence);

/** An item answered, named by the plan year's code and name (marked * when that correspondence is inferred). */
function planItemName(
  it: ItemResult,
  summary: Summary,
  planFw: Framework | undefined,
  lang: Lang,
  marks: Marks,
): string {
  const p = planFw ? itemOnTopic(planFw, it.topic) : undefined;
  if (!p) {
    marks.unmatched = true;
    return fillIn(tr(L.noCounterpart, lang), { code: it.code, name: tr(it.name, lang) });
  }
  const star = isInferred(p.confidence) ? '*' : '';
  if (star) marks.inferred = true;
  return fillIn(tr(L.item, lang), { code: p.code, name: tr(p.name, lang) }) + star;
}

function ownerOf(roles: readonly OfficeRole[], summary: Summary, lang: Lang): string {
  const t = agencyTitles(summary.agency);
  return [...new Set(roles.map((r) => tr(t.office(r), lang)))].join(lang === 'th' ? ' และ' : ' and ');
}

function period(summary: Summary, from: number, to: number, lang: Lang): string {
  return lang === 'th' ? thaiPeriod(summary.planYear, from, to) : enPeriod(summary.planYear, from, to);
}

/** The measure's cell: its text, then the items it answers (plan-year codes, each once). */
function measureText(
  m: PlannedMeasure,
  summary: Summary,
  planFw: Framework | undefined,
  lang: Lang,
  marks: Marks,
): string {
  const names = [
    ...new Set([
      ...m.items.map((i) => planItemName(i, summary, planFw, lang, marks)),
      ...m.indicators.map((i) => fillIn(tr(L.indicator, lang), { no: i.no, name: tr(i.name, lang) })),
    ]),
  ];
  const answers = names.length ? `\n${fillIn(tr(L.answers, lang), { items: names.join(', ') })}` : '';
  return tr(m.theme.measure, lang) + answers;
}

function measureRow(d: Draft, cells: readonly string[], opts: SpecOptions, splittable: Set<number>): number {
  const r = addRow(
    d,
    cells.map((t) => textCell(t, opts, 'planText')),
  );
  splittable.add(r);
  return r;
}

/** The yearly documents, each with the year it covers, its plan-year item and when it is due. */
function yearlySteps(summary: Summary, planFw: Framework | undefined, lang: Lang, marks: Marks): string[] {
  const s = standingMeasures();
  return s.yearly.documents.map((doc) => {
    const year = doc.covers === 'plan' ? summary.planYear : summary.planYear - 1;
    const p = planFw ? itemOnTopic(planFw, doc.topic) : undefined;
    const star = p && isInferred(p.confidence) ? '*' : '';
    if (star) marks.inferred = true;
    const code = p ? `${p.code}${star}` : fillIn(tr(L.documentUnknown, lang), { planYear: summary.planYear });
    const y = fiscalMonthYear(summary.planYear, doc.by);
    const month = lang === 'th' ? `${THAI_MONTHS[doc.by - 1]} ${y}` : `${EN_MONTHS[doc.by - 1]} ${y - 543}`;
    return fillIn(tr(L.document, lang), { name: fill(tr(doc.name, lang), { year }), code, month });
  });
}

/** The scores the plan was drawn from: the weak items it answers, from the user's cells. */
function draftedFrom(summary: Summary): DraftedFrom[] {
  return summary.items
    .filter((i) => i.formulaRef && i.score !== null)
    .map((i) => ({ ref: i.formulaRef!, value: i.score! }));
}

/** The measures plan spec for summary.planYear: landscape A4, header repeated on every page, approval block at the end. */
export function buildPlanSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lib = measuresLibrary();
  const lang = opts.lang;
  const d = newDraft();
  const base = commonStyles(opts);
  // The table's body in 14 pt, as measures tables usually are (16 pt for the headings around it).
  const styles = { ...base, ...documentStyles(), planText: { ...base['text'], size: 14 } };
  const t = documentTitles(summary, lang);
  d.keep.push(...titleWords(t, lang));
  const agency = summary.agency ? t.agencyName : tr(L.agency, lang);
  const planFw = frameworkExact(summary.planYear);
  const marks: Marks = { inferred: false, unmatched: false };
  const keeps: Keep[] = [];
  const splittable = new Set<number>();

  const s4 = addSpanRow(
    d,
    textCell(fillIn(tr(L.section4, lang), { planYear: summary.planYear }), opts, 'heading'),
    LAST,
  );
  addSpanRow(d, textCell(fillIn(tr(L.intro, lang), { agency, planYear: summary.planYear }), opts, 'paragraph'), LAST);
  addSpanRow(d, textCell(fillIn(tr(L.title1, lang), { agency }), opts, 'docTitle'), LAST);
  addSpanRow(d, textCell(fillIn(tr(L.title2, lang), { planYear: summary.planYear }), opts, 'docTitle'), LAST);
  statusRow(d, summary, opts, LAST);
  staleRow(d, draftedFrom(summary), opts, LAST, UNITS);
  const header = addRow(
    d,
    L.headers.map((h) => textCell(tr(h, lang), opts, 'header')),
  );

  // One measure per weak theme, then the report on the measures themselves (unless already there), then the yearly documents.
  const planned = planMeasures(summary, lib, lang);
  const standing = standingMeasures();
  const report = lib.themes.find((th) => th.id === standing.report);
  const all: { theme: MeasureTheme; m: PlannedMeasure }[] = planned.map((m) => ({ theme: m.theme, m }));
  if (report && !planned.some((m) => m.theme.id === report.id)) {
    all.push({
      theme: report,
      m: {
        theme: report,
        items: [],
        indicators: [],
        steps: report.steps.map((s) => fill(s[lang], { planYear: summary.planYear, ...agencyParams(summary, lang) })),
      },
    });
  }
  let firstRow = -1;
  for (const { theme, m } of all) {
    const r = measureRow(
      d,
      [
        measureText(m, summary, planFw, lang, marks),
        numbered(m.steps),
        ownerOf(theme.roles, summary, lang),
        period(summary, theme.period.from, theme.period.to, lang),
      ],
      opts,
      splittable,
    );
    if (firstRow < 0) firstRow = r;
  }
  const y = standing.yearly;
  measureRow(
    d,
    [
      tr(y.measure, lang),
      numbered(yearlySteps(summary, planFw, lang, marks)),
      ownerOf(y.roles, summary, lang) + tr(y.ownerNote, lang),
      period(summary, y.period.from, y.period.to, lang),
    ],
    opts,
    splittable,
  );
  keeps.push({ from: s4, to: Math.max(header, firstRow) });
  const notesFrom = d.rows.length;
  if (marks.inferred)
    addSpanRow(d, textCell(fillIn(tr(L.inferredNote, lang), { planYear: summary.planYear }), opts, 'note'), LAST);
  if (marks.unmatched)
    addSpanRow(
      d,
      textCell(
        fillIn(tr(planFw ? L.noCounterpartNote : L.noPlanFramework, lang), {
          year: summary.year,
          planYear: summary.planYear,
        }),
        opts,
        'note',
      ),
      LAST,
    );
  addRow(d, []);
  const sign = approvalRows(
    d,
    summary,
    opts,
    [
      [0, 0],
      [1, 1],
      [2, 3],
    ],
    WIDTHS,
  );
  // The notes and the approval block together, never alone under the table's header on a page of their own.
  keeps.push({ from: notesFrom, to: sign, lead: 3 });

  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  // A long measure fills the page it starts on and goes on under the repeated header of the next.
  const pages = layOutPages(d, styles, 'landscape', LANDSCAPE_MARGINS, keeps, splittable, [header, header]);
  return {
    key: 'plan',
    name: txt(fillIn(tr(L.name, lang), { planYear: summary.planYear }), opts),
    ...fromDraft(pages.draft, WIDTHS, styles),
    conditionalFormats: [],
    print: documentPrint(pages.draft, LAST, 'landscape', LANDSCAPE_MARGINS, lang, {
      repeat: [header, header],
      starts: pages.starts,
    }),
    freeze: { rows: header + 1, cols: 0 },
  };
}
