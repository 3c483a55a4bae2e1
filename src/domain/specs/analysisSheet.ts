/** The "ITA วิเคราะห์ผล" sheet: the 7 ประเด็น of the analysis template, with this agency's items and drafted texts. */
import { interpolate as fillIn } from '../messages';
import themesData from '../data/themes.json';
import type { Text } from '../framework';
import type { SheetSpec, SpecCell } from './sheetSpec';
import type { ItemResult, Summary } from '../summary';
import { draftThemeTexts, itemsOnTopics, scoreText, weakReportedIndicators } from './drafting';
import { rulesForCells, type ScoreCell } from './highlight';
import { fromDraft, addRow, autoHeights, addSpanRow, commonStyles, mergeCols, newDraft, textCell, tr, txt, type Draft, type SpecOptions } from './layout';
import { measuresLibrary } from './measures';
import { frameworkNote } from '../frameworkNote';
import { a1 } from '../a1';

export type AnalysisTheme = { readonly no: number; readonly name: Text; readonly topics: readonly string[] };
/** The 7 ประเด็น (grouping as in the seed document), by topic (stable across years), from src/domain/data/themes.json. */
export const ANALYSIS_THEMES: readonly AnalysisTheme[] = (themesData as { themes: AnalysisTheme[] }).themes;

const L = {
  name: { th: 'ITA วิเคราะห์ผล', en: 'ITA Analysis' },
  title: { th: 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{agency} ประจำปีงบประมาณ พ.ศ. {year}', en: 'Analysis of the Integrity and Transparency Assessment of {agency}, fiscal year B.E. {year}' },
  subtitle: { th: 'เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {planYear}', en: 'To draw up the integrity and transparency measures for fiscal year B.E. {planYear}' },
  overall: { th: 'คะแนนภาพรวม {score} คะแนน ผลการประเมิน: {rating}', en: 'Overall score {score}, result: {rating}' },
  noOverall: { th: 'ยังคำนวณคะแนนภาพรวมไม่ได้ (ขาดคะแนนบางตัวชี้วัด)', en: 'The overall score cannot be computed yet (some indicators are missing)' },
  agency: { th: 'หน่วยงาน', en: 'the agency' },
  theme: { th: 'ประเด็นที่ {no} {name}', en: 'Theme {no}: {name}' },
  headers: [{ th: 'เครื่องมือการประเมิน', en: 'Tool' }, { th: 'ข้อคำถาม', en: 'Question' }, { th: 'คะแนน', en: 'Score' }],
  noData: { th: 'ไม่มีข้อมูล', en: 'no data' },
  deficiency: { th: 'ข้อบกพร่อง/ข้อปรับปรุง', en: 'Shortcomings' },
  development: { th: 'การพัฒนา', en: 'Development' },
  maintain: { th: 'การรักษาระดับ', en: 'Maintaining' },
} as const;

const WIDTHS = [16, 66, 12];

/** The user's cell as a formula where it holds a real number; else the value; else "no data". */
function scoreCell(it: ItemResult | undefined, opts: SpecOptions): SpecCell {
  if (!it || it.score === null) return textCell(tr(L.noData, opts.lang), opts, 'center');
  if (it.formulaRef) return { formula: it.formulaRef, value: it.score, style: 'score' };
  return { value: it.score, style: 'score' };
}

/** One row per item of the assessment year on the theme's topics (the year's code and name). */
function itemRows(d: Draft, theme: AnalysisTheme, summary: Summary, opts: SpecOptions, colour: ScoreCell[], sheet: string): void {
  for (const it of itemsOnTopics(summary, theme.topics)) {
    const r = addRow(d, [textCell(it.tool, opts, 'center'), textCell(`${it.code} ${tr(it.name, opts.lang)}`, opts), scoreCell(it, opts)]);
    if (it.score !== null) colour.push({ sheet, cell: a1(r, 2), kind: it.tool === 'OIT' ? 'oit' : 'survey' });
  }
}

function textRows(d: Draft, texts: Readonly<Record<'deficiency' | 'development' | 'maintain', string>>, opts: SpecOptions): void {
  for (const key of ['deficiency', 'development', 'maintain'] as const) {
    const r = addRow(d, [textCell(tr(L[key], opts.lang), opts, 'label'), textCell(texts[key], opts), null]);
    mergeCols(d, r, 1, 2);
  }
}

function intro(d: Draft, summary: Summary, opts: SpecOptions): void {
  const lang = opts.lang;
  const title = fillIn(tr(L.title, lang), { agency: summary.agency ?? tr(L.agency, lang), year: summary.year });
  addSpanRow(d, { value: txt(title, opts), style: 'title' }, 2);
  addSpanRow(d, textCell(fillIn(tr(L.subtitle, lang), { planYear: summary.planYear }), opts, 'subtitle'), 2);
  // Which framework the numbers follow and how sure its facts are (issue 12): every published sheet says so.
  addSpanRow(d, textCell(frameworkNote(summary, lang), opts, 'note'), 2);
  const o = summary.overall;
  const line = o.score !== null && o.rating
    ? fillIn(tr(L.overall, lang), { score: scoreText(o.score), rating: tr(o.rating.label, lang) })
    : tr(L.noOverall, lang);
  addSpanRow(d, textCell(line, opts, 'subtitle'), 2);
  addRow(d, []);
}

/** The analysis sheet spec: per ประเด็น, the item table (formulas to the user's cells) and three drafted texts. */
export function buildAnalysisSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lib = measuresLibrary();
  const d = newDraft();
  const name = txt(tr(L.name, opts.lang), opts);
  const colour: ScoreCell[] = [];
  intro(d, summary, opts);
  const extra = weakReportedIndicators(summary, ANALYSIS_THEMES);
  ANALYSIS_THEMES.forEach((theme, k) => {
    addSpanRow(d, textCell(fillIn(tr(L.theme, opts.lang), { no: theme.no, name: tr(theme.name, opts.lang) }), opts, 'theme'), 2);
    addRow(d, L.headers.map((h) => textCell(tr(h, opts.lang), opts, 'header')));
    itemRows(d, theme, summary, opts, colour, name);
    textRows(d, draftThemeTexts(summary, theme.topics, extra.get(k) ?? [], lib, opts.lang), opts);
    addRow(d, []);
  });
  const styles = commonStyles(opts);
  autoHeights(d, WIDTHS, styles);
  return {
    key: 'analysis',
    name,
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: rulesForCells(colour, summary.settings.thresholds).map(({ sheet: _sheet, ...rule }) => rule),
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 } },
  };
}
