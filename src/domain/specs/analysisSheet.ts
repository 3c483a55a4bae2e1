/**
 * The "ITA วิเคราะห์ผล" sheet: section 3 of the document, the 7 ประเด็น of the analysis template. Per ประเด็น: the
 * items as the user's table words them, their scores as formulas on the user's cells, and the three drafted texts
 * (ข้อบกพร่อง/ข้อปรับปรุง, การพัฒนา, การรักษาระดับ); under them a line that turns red when a score the texts were
 * drafted from has changed since.
 */
import { interpolate as fillIn } from '../messages';
import themesData from '../data/themes.json';
import type { Text } from '../framework';
import type { SheetSpec, SpecCell } from './sheetSpec';
import type { ItemResult, Summary } from '../summary';
import { draftThemeTexts, itemsOnTopics, weakReportedIndicators } from './drafting';
import {
  documentPrint,
  documentStyles,
  documentTitles,
  layOutPages,
  titleWords,
  staleRow,
  statusRow,
  type DraftedFrom,
} from './document';
import { rulesForCells, type Kind } from './highlight';
import {
  addRow,
  addSpanRow,
  autoHeights,
  commonStyles,
  fromDraft,
  newDraft,
  PORTRAIT_MARGINS,
  textCell,
  tr,
  txt,
  type Draft,
  type Keep,
  type SpecOptions,
} from './layout';
import { measuresLibrary } from './measures';
import { a1, rangeA1 } from '../a1';

export type AnalysisTheme = { readonly no: number; readonly name: Text; readonly topics: readonly string[] };
/** The 7 ประเด็น (grouping as in the seed document), by topic (stable across years), from src/domain/data/themes.json. */
export const ANALYSIS_THEMES: readonly AnalysisTheme[] = (themesData as { themes: AnalysisTheme[] }).themes;

const L = {
  name: { th: 'ITA วิเคราะห์ผล', en: 'ITA Analysis' },
  section3: {
    th: '3. ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{agency} ประจำปีงบประมาณ พ.ศ. {year} แยกเป็น 7 ประเด็น ดังต่อไปนี้',
    en: '3. Detailed analysis of the Integrity and Transparency Assessment of {agency}, fiscal year B.E. {year}, in 7 themes',
  },
  theme: { th: 'ประเด็นที่ {no} {name}', en: 'Theme {no}: {name}' },
  headers: [
    { th: 'เครื่องมือการประเมิน', en: 'Tool' },
    { th: 'ข้อคำถาม', en: 'Question' },
    { th: 'คะแนน', en: 'Score' },
  ],
  item: { th: 'ข้อ {code} {text}', en: '{code} {text}' },
  noData: { th: 'ไม่มีข้อมูล', en: 'no data' },
  deficiency: { th: 'ข้อบกพร่อง/ข้อปรับปรุง', en: 'Shortcomings' },
  development: { th: 'การพัฒนา', en: 'Development' },
  maintain: { th: 'การรักษาระดับ', en: 'Maintaining' },
} as const;

/** Tool, question, score: sized to print at 100 % on A4 portrait in every host. */
const WIDTHS = [12, 50, 10];
const LAST = WIDTHS.length - 1;
const UNITS = WIDTHS.reduce((a, b) => a + b, 0);

/** The user's cell as a formula where it holds a real number; else the value; else "no data". */
function scoreCell(it: ItemResult, opts: SpecOptions): SpecCell {
  if (it.score === null) return textCell(tr(L.noData, opts.lang), opts, 'center');
  if (it.formulaRef) return { formula: it.formulaRef, value: it.score, style: 'score' };
  return { value: it.score, style: 'score' };
}

/** The question as the user's table words it (the framework's name where the table has none). */
function question(it: ItemResult, opts: SpecOptions): string {
  const typed = opts.lang === 'th' ? it.text?.trim() : undefined;
  return fillIn(tr(L.item, opts.lang), { code: it.code, text: typed || tr(it.name, opts.lang) });
}

/** The items of a ประเด็น, the tool written once per group (merged down, as officers type it). */
type Colour = { readonly row: number; readonly kind: Kind };

function itemRows(d: Draft, items: readonly ItemResult[], opts: SpecOptions, colour: Colour[]): void {
  let groupTop = -1;
  items.forEach((it, k) => {
    const first = k === 0 || items[k - 1]!.tool !== it.tool;
    const r = addRow(d, [
      first ? textCell(it.tool, opts, 'center') : { style: 'center' },
      textCell(question(it, opts), opts),
      scoreCell(it, opts),
    ]);
    if (first) {
      if (groupTop >= 0 && r - 1 > groupTop) d.merges.push(rangeA1(groupTop, 0, r - 1, 0));
      groupTop = r;
    }
    if (it.score !== null) colour.push({ row: r, kind: it.tool === 'OIT' ? 'oit' : 'survey' });
  });
  const end = d.rows.length - 1;
  if (groupTop >= 0 && end > groupTop) d.merges.push(rangeA1(groupTop, 0, end, 0));
}

/** The analysis sheet spec: section 3, per ประเด็น the item table (formulas to the user's cells) and three drafted texts. */
export function buildAnalysisSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lang = opts.lang;
  const lib = measuresLibrary();
  const d = newDraft();
  const name = txt(tr(L.name, lang), opts);
  const base = commonStyles(opts);
  const styles = { ...base, ...documentStyles(), textLabel: { ...base['label'], fill: '#F2F2F2' } };
  const colour: Colour[] = [];
  const splittable = new Set<number>();
  const keeps: Keep[] = [];
  const t = documentTitles(summary, lang);
  d.keep.push(...titleWords(t, lang));
  addSpanRow(
    d,
    textCell(fillIn(tr(L.section3, lang), { agency: t.agencyName, year: summary.year }), opts, 'heading'),
    LAST,
  );
  statusRow(d, summary, opts, LAST);
  const extra = weakReportedIndicators(summary, ANALYSIS_THEMES);
  ANALYSIS_THEMES.forEach((theme, k) => {
    const start = addSpanRow(
      d,
      textCell(fillIn(tr(L.theme, lang), { no: theme.no, name: tr(theme.name, lang) }), opts, 'theme'),
      LAST,
    );
    addRow(
      d,
      L.headers.map((h) => textCell(tr(h, lang), opts, 'header')),
    );
    const items = itemsOnTopics(summary, theme.topics);
    itemRows(d, items, opts, colour);
    const head = Math.min(d.rows.length - 1, start + 3);
    const texts = draftThemeTexts(summary, theme.topics, extra.get(k) ?? [], lib, lang);
    let last = head;
    // Each text under its own label, across the whole table (the label column would narrow every line of it).
    for (const key of ['deficiency', 'development', 'maintain'] as const) {
      const label = addSpanRow(d, textCell(tr(L[key], lang), opts, 'textLabel'), LAST);
      const r = addSpanRow(d, textCell(texts[key], opts), LAST);
      splittable.add(r);
      keeps.push({ from: label, to: r });
      last = r;
    }
    // The scores these texts were drafted from: the line under them says when one has changed.
    const from: DraftedFrom[] = items
      .filter((i) => i.formulaRef && i.score !== null)
      .map((i) => ({ ref: i.formulaRef!, value: i.score! }));
    staleRow(d, from, opts, LAST, UNITS);
    // A ประเด็น's heading never alone: with the table's head and its first items (the rest may run on to the next page).
    keeps.push({ from: start, to: Math.max(head, Math.min(last, start + 3)) });
  });
  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  // Long texts fill the page they start on and go on over the next; headings stay with their tables.
  const pages = layOutPages(d, styles, 'portrait', PORTRAIT_MARGINS, keeps, splittable);
  const cells = colour.map((c) => ({ sheet: name, cell: a1(pages.at(c.row), 2), kind: c.kind }));
  return {
    key: 'analysis',
    name,
    ...fromDraft(pages.draft, WIDTHS, styles),
    conditionalFormats: rulesForCells(cells, summary.settings.thresholds).map(({ sheet: _sheet, ...rule }) => rule),
    print: documentPrint(pages.draft, LAST, 'portrait', PORTRAIT_MARGINS, lang, { starts: pages.starts }),
  };
}
