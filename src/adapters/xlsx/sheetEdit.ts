/**
 * Our edits in a user's worksheet, made as insertions into its XML text so that everything else stays byte for byte:
 * our conditional-format rules as whole <conditionalFormatting> elements at the schema's place (after the user's
 * own), removed again exactly (the last element that is one rule with our range and formula), and our fills as
 * formula cells in blank cells (a fill cleared gives the cell back as it was: its style kept, or no cell at all).
 */
import { parseA1 } from '../../domain/a1';
import type { ConditionalRule } from '../../domain/specs/sheetSpec';
import type { OurFill, OurRule } from '../../app/port';
import { cfXml } from './render';
import { attr, decodeEntities, esc, local, tokenize } from './xml';

/** Elements that come after conditionalFormatting in CT_Worksheet: ours go before the first of them. */
const AFTER_CF = new Set([
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

type Top = { name: string; start: number; end: number };
type CellInfo = {
  ref: string;
  col: number;
  start: number;
  end: number;
  rawAttrs: string;
  hasValue: boolean;
  formula: string | null;
  fType: string;
};
type RowInfo = { r: number; start: number; startTagEnd: number; end: number; self: boolean; cells: CellInfo[] };

export type SheetEdits = {
  readonly removeRules: readonly OurRule[];
  readonly addRules: readonly { readonly rule: ConditionalRule; readonly dxfId: number }[];
  readonly fills: readonly OurFill[];
  readonly clearFills: readonly OurFill[];
};

export type SheetEditResult = {
  readonly xml: string;
  readonly cleared: readonly string[];
  readonly filled: readonly string[];
};

function stripAttr(raw: string, name: string): string {
  return raw.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

/** Apply our edits to one user sheet's XML. */
export function editSheet(xml: string, edits: SheetEdits): SheetEditResult {
  const wantRows = new Set<number>();
  for (const f of [...edits.fills, ...edits.clearFills]) {
    const p = parseA1(f.cell);
    if (p) wantRows.add(p.row + 1);
  }
  const tops: Top[] = [];
  const rows: RowInfo[] = [];
  let prefix = '';
  let depth = 0;
  let topStart = -1;
  let topName = '';
  let sheetDataStart = -1,
    sheetDataEnd = -1,
    sheetDataSelf = false,
    sheetDataOpenEnd = -1;
  let row: RowInfo | null = null;
  let cell: CellInfo | null = null;
  let inF = false;
  let fText = '';
  tokenize(
    xml,
    0,
    {
      open(name, raw, self, start, end) {
        const n = local(name);
        if (depth === 0) {
          const i = name.indexOf(':');
          prefix = i < 0 ? '' : name.slice(0, i + 1);
        } else if (depth === 1) {
          topStart = start;
          topName = n;
          if (n === 'sheetData') {
            sheetDataStart = start;
            sheetDataOpenEnd = end;
            sheetDataSelf = self;
            if (self) sheetDataEnd = end;
          }
          if (self) tops.push({ name: n, start, end });
        } else if (depth === 2 && topName === 'sheetData' && n === 'row') {
          const rAttr = attr(raw, 'r');
          const r = rAttr ? Number(rAttr) : (rows[rows.length - 1]?.r ?? 0) + 1;
          const info: RowInfo = { r, start, startTagEnd: end, end: self ? end : -1, self, cells: [] };
          rows.push(info);
          row = wantRows.has(r) && !self ? info : null;
        } else if (depth === 3 && row && n === 'c') {
          const ref = attr(raw, 'r') ?? '';
          const p = parseA1(ref);
          cell = {
            ref,
            col: p ? p.col : -1,
            start,
            end: self ? end : -1,
            rawAttrs: raw,
            hasValue: false,
            formula: null,
            fType: '',
          };
          row.cells.push(cell);
          if (self) cell = null;
        } else if (depth === 4 && cell) {
          if (n === 'v' || n === 'is') cell.hasValue = cell.hasValue || !self;
          if (n === 'f') {
            cell.formula = '';
            cell.fType = attr(raw, 't') ?? '';
            inF = !self;
            fText = '';
          }
        }
        if (!self) depth++;
      },
      close(name, start, end) {
        depth--;
        const n = local(name);
        if (depth === 1) {
          tops.push({ name: topName, start: topStart, end });
          if (n === 'sheetData') sheetDataEnd = end;
        } else if (depth === 2 && n === 'row') {
          const last = rows[rows.length - 1];
          if (last && last.end < 0) last.end = end;
          row = null;
        } else if (depth === 3 && cell && n === 'c') {
          cell.end = end;
          cell = null;
        } else if (depth === 4 && cell && n === 'f') {
          inF = false;
          cell.formula = decodeEntities(fText);
        }
        void start;
      },
      text(raw, cdata) {
        if (inF) fText += cdata ? esc(raw) : raw;
      },
    },
    true,
  );

  type Edit = { at: number; del: number; text: string };
  const out: Edit[] = [];
  const e = (n: string): string => prefix + n;

  // ---- conditional formats
  const cfs = tops.filter((t) => t.name === 'conditionalFormatting');
  const removed = new Set<Top>();
  for (const rule of edits.removeRules) {
    for (let i = cfs.length - 1; i >= 0; i--) {
      const t = cfs[i]!;
      if (removed.has(t)) continue;
      if (isOurRule(xml.slice(t.start, t.end), rule)) {
        removed.add(t);
        out.push({ at: t.start, del: t.end - t.start, text: '' });
        break;
      }
    }
  }
  if (edits.addRules.length) {
    let base = 0;
    const PRI = /<(?:\w+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g;
    const scan = (s: string): void => {
      let m: RegExpExecArray | null;
      PRI.lastIndex = 0;
      while ((m = PRI.exec(s)) !== null) base = Math.max(base, Number(m[1]));
    };
    for (const t of tops)
      if ((t.name === 'conditionalFormatting' && !removed.has(t)) || t.name === 'extLst')
        scan(xml.slice(t.start, t.end));
    const kept = cfs.filter((t) => !removed.has(t));
    let at: number;
    if (kept.length) at = kept[kept.length - 1]!.end;
    else {
      const next = tops.find((t) => AFTER_CF.has(t.name));
      at = next ? next.start : xml.lastIndexOf('</');
    }
    // Unique priorities after the user's, in our rules' own order (lower first; ties keep their order).
    const order = edits.addRules
      .map((r, i) => ({ ...r, i }))
      .sort((a, b) => a.rule.priority - b.rule.priority || a.i - b.i);
    const pri = new Map(order.map((r, k) => [r.i, base + k + 1]));
    const text = edits.addRules.map(({ rule, dxfId }, i) => cfXml(rule, dxfId, pri.get(i)!, prefix)).join('');
    out.push({ at, del: 0, text });
  }

  // ---- fills
  const cleared: string[] = [];
  const filled: string[] = [];
  if (edits.fills.length || edits.clearFills.length) {
    const merged = mergedNonMasters(xml, tops);
    type CellOp = { col: number; ref: string; make: (c: CellInfo | undefined) => string | null | undefined };
    const ops = new Map<number, CellOp[]>();
    const addOp = (cellRef: string, make: CellOp['make']): void => {
      const p = parseA1(cellRef);
      if (!p) return;
      const list = ops.get(p.row + 1) ?? [];
      list.push({ col: p.col, ref: cellRef.replace(/\$/g, '').toUpperCase(), make });
      ops.set(p.row + 1, list);
    };
    for (const f of edits.clearFills) {
      addOp(f.cell, (c) => {
        if (
          !c ||
          c.formula === null ||
          c.fType === 'shared' ||
          c.fType === 'array' ||
          c.formula.replace(/^=/, '') !== f.formula
        )
          return undefined;
        cleared.push(f.cell);
        const rest = stripAttr(stripAttr(c.rawAttrs, 't'), 'r').trim();
        return rest ? `<${e('c')} r="${c.ref}" ${rest}/>` : null;
      });
    }
    for (const f of edits.fills) {
      if (merged(f.cell)) continue;
      addOp(f.cell, (c) => {
        if (c && (c.hasValue || c.formula !== null)) return undefined;
        filled.push(f.cell);
        const rest = c ? stripAttr(stripAttr(c.rawAttrs, 't'), 'r').trim() : '';
        const ref = c?.ref ?? f.cell.replace(/\$/g, '').toUpperCase();
        const v =
          f.value !== null && Number.isFinite(f.value)
            ? `<${e('v')}>${Object.is(f.value, -0) ? 0 : f.value}</${e('v')}>`
            : '';
        return `<${e('c')} r="${ref}"${rest ? ` ${rest}` : ''}><${e('f')}>${esc(f.formula)}</${e('f')}>${v}</${e('c')}>`;
      });
    }
    const byNum = new Map(rows.map((r) => [r.r, r]));
    const newRows: { r: number; text: string }[] = [];
    for (const [r, list] of ops) {
      const info = byNum.get(r);
      if (!info) {
        // No such row: only fills can add one.
        let cells = '';
        for (const op of list.sort((a, b) => a.col - b.col)) {
          const x = op.make(undefined);
          if (x) cells += x;
        }
        if (cells) newRows.push({ r, text: `<${e('row')} r="${r}">${cells}</${e('row')}>` });
        continue;
      }
      if (info.self) {
        let cells = '';
        for (const op of list.sort((a, b) => a.col - b.col)) {
          const x = op.make(undefined);
          if (x) cells += x;
        }
        if (cells)
          out.push({
            at: info.start,
            del: info.end - info.start,
            text: `${xml.slice(info.start, info.end).replace(/\s*\/>$/, '>')}${cells}</${e('row')}>`,
          });
        continue;
      }
      // Rebuild the row's content from its cells, changing only the cells we touch.
      const cells = info.cells.map((c) => ({
        col: c.col,
        text: xml.slice(c.start, c.end) as string | null,
        info: c as CellInfo | undefined,
      }));
      for (const op of list) {
        const i = cells.findIndex((c) => c.info?.ref.toUpperCase() === op.ref || (c.col === op.col && c.col >= 0));
        if (i >= 0) {
          const c = cells[i]!;
          const x = op.make(c.info);
          if (x === null) cells.splice(i, 1);
          else if (x !== undefined) {
            // What the cell is now, for a later op on it (a fill after a clear of the same cell).
            const after = /<(?:\w+:)?f>/.test(x);
            const raw = /^<[\w:]+((?:\s[^>]*?)?)\/?>/.exec(x)?.[1] ?? '';
            cells[i] = {
              col: c.col,
              text: x,
              info: c.info
                ? { ...c.info, hasValue: after, formula: after ? '' : null, fType: '', rawAttrs: raw }
                : undefined,
            };
          }
        } else {
          const x = op.make(undefined);
          if (x) {
            const j = cells.findIndex((c) => c.col > op.col);
            const entry = { col: op.col, text: x, info: undefined };
            if (j < 0) cells.push(entry);
            else cells.splice(j, 0, entry);
          }
        }
      }
      const firstCell = info.cells[0];
      const lastCell = info.cells[info.cells.length - 1];
      const contentStart = firstCell ? firstCell.start : info.startTagEnd;
      const contentEnd = lastCell ? lastCell.end : xml.lastIndexOf('</', info.end - 1);
      const body = cells.map((c) => c.text ?? '').join('');
      const startTag = xml.slice(info.start, info.startTagEnd);
      if (body === '' && /^<(?:\w+:)?row\s+r="\d+"\s*>$/.test(startTag)) {
        out.push({ at: info.start, del: info.end - info.start, text: '' }); // a row we made, empty again
      } else {
        out.push({ at: contentStart, del: contentEnd - contentStart, text: body });
      }
    }
    if (newRows.length) {
      newRows.sort((a, b) => a.r - b.r);
      if (sheetDataSelf) {
        out.push({
          at: sheetDataStart,
          del: sheetDataEnd - sheetDataStart,
          text: `${xml.slice(sheetDataStart, sheetDataOpenEnd).replace(/\s*\/>$/, '>')}${newRows.map((x) => x.text).join('')}</${e('sheetData')}>`,
        });
      } else if (sheetDataStart >= 0) {
        for (const nr of newRows) {
          const next = rows.find((x) => x.r > nr.r);
          out.push({ at: next ? next.start : xml.lastIndexOf('</', sheetDataEnd - 1), del: 0, text: nr.text });
        }
      }
    }
  }
  if (!out.length) return { xml, cleared, filled };
  out.sort((a, b) => b.at - a.at || b.del - a.del);
  const parts: string[] = [];
  let tail = xml.length;
  for (const ed of out) {
    parts.push(xml.slice(ed.at + ed.del, tail), ed.text);
    tail = ed.at;
  }
  parts.push(xml.slice(0, tail));
  return { xml: parts.reverse().join(''), cleared, filled };
}

/** Is this <conditionalFormatting> element exactly one expression rule with the rule's range and formula? */
function isOurRule(el: string, rule: ConditionalRule): boolean {
  let sqref = '';
  let rules = 0;
  let type = '';
  let formula: string | null = null;
  let inFormula = false;
  let text = '';
  tokenize(
    el,
    0,
    {
      open(name, raw, self) {
        const n = local(name);
        if (n === 'conditionalFormatting') sqref = attr(raw, 'sqref') ?? '';
        else if (n === 'cfRule') {
          rules++;
          type = attr(raw, 'type') ?? '';
        } else if (n === 'formula') {
          inFormula = !self;
          text = '';
        }
      },
      close(name) {
        if (local(name) === 'formula' && inFormula) {
          inFormula = false;
          formula = decodeEntities(text);
        }
      },
      text(raw, cdata) {
        if (inFormula) text += cdata ? esc(raw) : raw;
      },
    },
    true,
  );
  return (
    rules === 1 &&
    type === 'expression' &&
    sqref === rule.range &&
    formula !== null &&
    (formula as string).replace(/^=/, '') === rule.formula
  );
}

/** A test: is this cell inside a merged range without being its top-left cell? */
function mergedNonMasters(xml: string, tops: readonly Top[]): (cell: string) => boolean {
  const t = tops.find((x) => x.name === 'mergeCells');
  if (!t) return () => false;
  const ranges: [number, number, number, number][] = [];
  const re = /<(?:\w+:)?mergeCell\b[^>]*\sref\s*=\s*"([^"]+)"/g;
  const s = xml.slice(t.start, t.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const [a, b] = m[1]!.split(':');
    const p = parseA1(a ?? '');
    const q = parseA1(b ?? a ?? '');
    if (p && q) ranges.push([p.row, p.col, q.row, q.col]);
  }
  return (cell) => {
    const p = parseA1(cell);
    if (!p) return false;
    return ranges.some(
      ([r0, c0, r1, c1]) => p.row >= r0 && p.row <= r1 && p.col >= c0 && p.col <= c1 && !(p.row === r0 && p.col === c0),
    );
  };
}
