/** The "ITA มาตรการ <planYear>" sheet: the measures plan, one measure per theme of weakness, naming the items it answers. */
import { interpolate as fillIn } from '../messages';
import type { SheetSpec } from './sheetSpec';
import type { Summary } from '../summary';
import { enPeriod, thaiPeriod } from '../thai';
import { itemsOnTopics, planMeasures, scoreText, type PlannedMeasure } from './drafting';
import { fromDraft, addRow, autoHeights, addSpanRow, commonStyles, newDraft, numbered, textCell, tr, txt, type Draft, type SpecOptions } from './layout';
import { fill, measuresLibrary, type MeasuresLibrary } from './measures';
import { measureWorth } from '../planner/gains';
import { frameworkNote } from '../frameworkNote';

const L = {
  name: { th: 'ITA มาตรการ {planYear}', en: 'ITA Measures {planYear}' },
  title: { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน{agency} ประจำปีงบประมาณ พ.ศ. {planYear}', en: 'Measures to promote integrity and transparency within {agency}, fiscal year B.E. {planYear}' },
  agency: { th: 'หน่วยงาน', en: 'the agency' },
  basis: { th: 'จัดทำจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year}{overall}: แต่ละมาตรการระบุข้อที่ได้คะแนนต่ำซึ่งมาตรการนั้นตอบสนอง', en: 'Drawn from the ITA result of fiscal year B.E. {year}{overall}: each measure names the weak items it answers' },
  overall: { th: ' (คะแนนภาพรวม {score} คะแนน)', en: ' (overall score {score})' },
  headers: [
    { th: 'มาตรการ/โครงการ/กิจกรรม', en: 'Measure / project / activity' }, { th: 'ขั้นตอน/วิธีปฏิบัติ', en: 'Steps' },
    { th: 'ผู้รับผิดชอบ', en: 'Responsible' }, { th: 'ระยะเวลาดำเนินการ', en: 'Period' }, { th: 'ข้อที่ตอบสนอง', en: 'Items answered' },
  ],
} as const;

const WIDTHS = [38, 62, 22, 22, 38];
const LAST_COL = WIDTHS.length - 1;

/** "o26 ประกาศเจตนารมณ์…: 0 คะแนน", one line per weak item or indicator answered. */
function answered(m: PlannedMeasure, summary: Summary, lib: MeasuresLibrary, lang: 'th' | 'en', worth: ReadonlyMap<string, string>): string {
  const lines = [
    // Each item says what fixing it is worth and its plan-year code (score planner), e.g. "+2.00 … (o26/o27 → O21 ปี 2568)".
    ...m.items.map((i) => fill(lib.phrases.answeredItem[lang], { code: i.code, name: i.name[lang], score: scoreText(i.score ?? 0) }) + (worth.has(i.code) ? ` — ${worth.get(i.code)}` : '')),
    ...m.indicators.map((i) => fill(lib.phrases.answeredIndicator[lang], { no: i.no, name: i.name[lang], score: scoreText(i.score ?? 0) })),
  ];
  return lines.length ? lines.join('\n') : itemsOnTopics(summary, m.theme.topics).map((i) => i.code).join(', ');
}

function measureRow(d: Draft, m: PlannedMeasure, summary: Summary, lib: MeasuresLibrary, opts: SpecOptions, worth: ReadonlyMap<string, string>): void {
  const lang = opts.lang;
  const { from, to } = m.theme.period;
  const period = lang === 'th' ? thaiPeriod(summary.planYear, from, to) : enPeriod(summary.planYear, from, to);
  const texts = [tr(m.theme.measure, lang), numbered(m.steps), tr(m.theme.owner, lang), period, answered(m, summary, lib, lang, worth)];
  addRow(d, texts.map((t) => textCell(t, opts)));
}

/** The measures plan spec for summary.planYear: landscape A4, header repeated on every page. */
export function buildPlanSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lib = measuresLibrary();
  const lang = opts.lang;
  const d = newDraft();
  const title = fillIn(tr(L.title, lang), { agency: summary.agency ?? tr(L.agency, lang), planYear: summary.planYear });
  addSpanRow(d, { value: txt(title, opts), style: 'title' }, LAST_COL);
  const overall = summary.overall.score ?? summary.overall.reported;
  const basis = fillIn(tr(L.basis, lang), { year: summary.year, overall: overall === null ? '' : fillIn(tr(L.overall, lang), { score: scoreText(overall) }) });
  addSpanRow(d, textCell(basis, opts, 'subtitle'), LAST_COL);
  // Which framework the numbers follow and how sure its facts are (issue 12): every published sheet says so.
  addSpanRow(d, textCell(frameworkNote(summary, lang), opts, 'note'), LAST_COL);
  const header = addRow(d, L.headers.map((h) => textCell(tr(h, lang), opts, 'header')));
  const worth = measureWorth(summary, lang, summary.settings.targets);
  for (const m of planMeasures(summary, lib, lang)) measureRow(d, m, summary, lib, opts, worth);
  const styles = commonStyles(opts);
  autoHeights(d, WIDTHS, styles);
  return {
    key: 'plan',
    name: txt(fillIn(tr(L.name, lang), { planYear: summary.planYear }), opts),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [header + 1, header + 1], margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } },
    freeze: { rows: header + 1, cols: 0 },
  };
}
