/** The "ITA ปก" sheet: the document's cover (its title, the two fiscal years, the agency, district and province). */
import { interpolate as fillIn } from '../messages';
import type { Summary } from '../summary';
import { documentPrint, documentStyles, documentTitles, titleWords, statusRow } from './document';
import {
  addSpanRow,
  autoHeights,
  commonStyles,
  fromDraft,
  linesHeight,
  newDraft,
  PORTRAIT_MARGINS,
  pageHeight,
  pageUnits,
  textCell,
  tr,
  type SpecOptions,
} from './layout';
import type { SheetSpec } from './sheetSpec';

const L = {
  name: { th: 'ITA ปก', en: 'ITA Cover' },
  measures: {
    th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Measures to promote integrity and transparency within the agency',
  },
  planYear: { th: 'ประจำปีงบประมาณ พ.ศ. {planYear}', en: 'Fiscal year B.E. {planYear}' },
  and: { th: 'และ', en: 'and' },
  analysis: {
    th: 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    en: 'Analysis of the Integrity and Transparency Assessment of public agencies',
  },
  year: { th: 'ประจำปีงบประมาณ พ.ศ. {year}', en: 'Fiscal year B.E. {year}' },
} as const;

const WIDTHS = [pageUnits('portrait', PORTRAIT_MARGINS)];

/** The cover spec: one page, centred titles, no page number. */
export function buildCoverSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lang = opts.lang;
  const t = documentTitles(summary, lang);
  const d = newDraft();
  d.keep.push(...titleWords(t, lang));
  const top = addSpanRow(d, { value: null }, 0);
  const line = (text: string, style: string): number => addSpanRow(d, textCell(text, opts, style), 0);
  line(tr(L.measures, lang), 'coverTitle');
  line(fillIn(tr(L.planYear, lang), { planYear: summary.planYear }), 'coverLine');
  line(tr(L.and, lang), 'coverLine');
  line(tr(L.analysis, lang), 'coverTitle');
  line(fillIn(tr(L.year, lang), { year: summary.year }), 'coverLine');
  const gap = addSpanRow(d, { value: null }, 0);
  line(t.agencyName, 'coverAgency');
  if (t.where) line(t.where, 'coverLine');
  const bottom = addSpanRow(d, { value: null }, 0);
  statusRow(d, summary, opts, 0);
  const styles = { ...commonStyles(opts), ...documentStyles() };
  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  // The room left on the page, shared out: the titles a little down, the agency lower, the status line at the foot.
  const page = pageHeight('portrait', PORTRAIT_MARGINS) * 0.97;
  const used = d.rows.reduce((s, _r, k) => s + ([top, gap, bottom].includes(k) ? 0 : (d.rowHeights[k] ?? 0)), 0);
  const free = Math.max(3 * linesHeight(1), page - used);
  d.rowHeights[top] = Math.floor(free * 0.35);
  d.rowHeights[gap] = Math.floor(free * 0.3);
  d.rowHeights[bottom] = Math.floor(free * 0.35);
  return {
    key: 'cover',
    name: tr(L.name, lang),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: [],
    print: documentPrint(d, 0, 'portrait', PORTRAIT_MARGINS, lang, { footer: false, onePage: true }),
  };
}
