/**
 * The styles part, edited by appending only: the fonts, fills, borders, number formats, cell formats (xf) and
 * differential formats (dxf) our sheets and rules need are added at the end of their lists, and an entry already there
 * with the very same XML is reused — so a re-run on our own output appends nothing and the part stays byte-identical.
 * The user's entries are never changed or moved (their indexes are what the user's cells point at).
 */
import type { CellStyle } from '../../domain/specs/sheetSpec';
import { attr, esc, local, tokenize } from './xml';

/** A style as we render it: the spec's style plus what an input cell needs. */
export type OurStyle = CellStyle & { readonly unlocked?: boolean };

type Collection = {
  readonly name: string;
  /** Offsets of the collection element; -1 when the part has none. */
  start: number;
  startTagEnd: number;
  end: number;
  selfClosing: boolean;
  readonly items: string[];
  readonly added: string[];
};

const COLLECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'] as const;
type CollectionName = (typeof COLLECTIONS)[number];

const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A styles part for a package that has none (Excel's defaults: one font, the two required fills, one border). */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

export class StyleBook {
  private readonly cols = new Map<CollectionName, Collection>();
  private prefix = '';
  private readonly xfCache = new Map<string, number>();
  private customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private rootEnd = -1;

  constructor(private readonly xml: string) {
    for (const name of COLLECTIONS)
      this.cols.set(name, { name, start: -1, startTagEnd: -1, end: -1, selfClosing: false, items: [], added: [] });
    let depth = 0;
    let current: Collection | null = null;
    let itemStart = -1;
    tokenize(
      xml,
      0,
      {
        open: (name, _raw, self, start, end) => {
          const n = local(name);
          if (depth === 0 && n === 'styleSheet') {
            const i = name.indexOf(':');
            this.prefix = i < 0 ? '' : name.slice(0, i + 1);
          } else if (depth === 1) {
            const c = this.cols.get(n as CollectionName);
            if (c && c.start < 0) {
              c.start = start;
              c.startTagEnd = end;
              c.selfClosing = self;
              if (self) c.end = end;
              else current = c;
            }
          } else if (depth === 2 && current) {
            if (self) current.items.push(xml.slice(start, end));
            else itemStart = start;
          }
          if (!self) depth++;
        },
        close: (name, _start, end) => {
          depth--;
          const n = local(name);
          if (depth === 2 && current && itemStart >= 0) {
            current.items.push(xml.slice(itemStart, end));
            itemStart = -1;
          } else if (depth === 1 && current && n === current.name) {
            current.end = end;
            current = null;
          } else if (depth === 0) this.rootEnd = _start;
        },
        text: () => {},
      },
      true,
    );
    for (const item of this.cols.get('numFmts')!.items) {
      const id = Number(attr(item.slice(item.indexOf(' ')), 'numFmtId'));
      const code = attr(item.slice(item.indexOf(' ')), 'formatCode');
      if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  private el(name: string): string {
    return this.prefix + name;
  }

  /** Index of an item in a collection: an identical one already there, else appended. */
  private index(col: CollectionName, xml: string): number {
    const c = this.cols.get(col)!;
    const at = c.items.indexOf(xml);
    if (at >= 0) return at;
    const added = c.added.indexOf(xml);
    if (added >= 0) return c.items.length + added;
    c.added.push(xml);
    return c.items.length + c.added.length - 1;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.index('numFmts', `<${this.el('numFmt')} numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return id;
  }

  private fontXml(s: OurStyle, forDxf = false): string {
    const e = (n: string): string => this.el(n);
    let x = `<${e('font')}>`;
    if (s.bold) x += `<${e('b')}/>`;
    if (s.italic) x += `<${e('i')}/>`;
    if (s.underline) x += `<${e('u')}/>`;
    if (!forDxf && s.size) x += `<${e('sz')} val="${s.size}"/>`;
    if (s.color) x += `<${e('color')} rgb="${argb(s.color)}"/>`;
    if (!forDxf && s.font) x += `<${e('name')} val="${esc(s.font)}"/>`;
    return `${x}</${e('font')}>`;
  }

  /** The cell format (xf) index for a style. */
  xf(s: OurStyle): number {
    const key = JSON.stringify(s);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const e = (n: string): string => this.el(n);
    const fontId = this.index('fonts', this.fontXml(s));
    const fillId = s.fill
      ? this.index(
          'fills',
          `<${e('fill')}><${e('patternFill')} patternType="solid"><${e('fgColor')} rgb="${argb(s.fill)}"/><${e('bgColor')} indexed="64"/></${e('patternFill')}></${e('fill')}>`,
        )
      : 0;
    const b = s.border && s.border !== 'none' ? s.border : null;
    const side = (n: string): string =>
      b ? `<${e(n)} style="${b}"><${e('color')} indexed="64"/></${e(n)}>` : `<${e(n)}/>`;
    const borderId = b
      ? this.index(
          'borders',
          `<${e('border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${e('diagonal')}/></${e('border')}>`,
        )
      : 0;
    const numFmtId = s.numFmt ? this.numFmtId(s.numFmt) : 0;
    let al = '';
    if (s.hAlign) al += ` horizontal="${s.hAlign}"`;
    if (s.vAlign) al += ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"`;
    if (s.wrap) al += ' wrapText="1"';
    let x = `<${e('xf')} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) x += ' applyNumberFormat="1"';
    x += ' applyFont="1"';
    if (fillId) x += ' applyFill="1"';
    if (borderId) x += ' applyBorder="1"';
    if (al) x += ' applyAlignment="1"';
    if (s.unlocked) x += ' applyProtection="1"';
    const inner = (al ? `<${e('alignment')}${al}/>` : '') + (s.unlocked ? `<${e('protection')} locked="0"/>` : '');
    x += inner ? `>${inner}</${e('xf')}>` : '/>';
    const id = this.index('cellXfs', x);
    this.xfCache.set(key, id);
    return id;
  }

  /** A differential format for a conditional-format rule: font colour and weight, background fill. */
  dxf(rule: { readonly fill: string; readonly color?: string; readonly bold?: boolean }): number {
    const e = (n: string): string => this.el(n);
    const font =
      rule.color || rule.bold
        ? this.fontXml({ ...(rule.bold ? { bold: true } : {}), ...(rule.color ? { color: rule.color } : {}) }, true)
        : '';
    const fill = `<${e('fill')}><${e('patternFill')} patternType="solid"><${e('bgColor')} rgb="${argb(rule.fill)}"/></${e('patternFill')}></${e('fill')}>`;
    return this.index('dxfs', `<${e('dxf')}>${font}${fill}</${e('dxf')}>`);
  }

  get changed(): boolean {
    return [...this.cols.values()].some((c) => c.added.length > 0);
  }

  /** The part with our entries appended (the input itself, untouched, when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    type Edit = { at: number; del: number; text: string };
    const edits: Edit[] = [];
    const after = (names: readonly CollectionName[]): number => {
      for (const n of names) {
        const c = this.cols.get(n)!;
        if (c.start >= 0) return c.end;
      }
      return -1;
    };
    for (const c of this.cols.values()) {
      if (c.added.length === 0) continue;
      const count = c.items.length + c.added.length;
      const tag = this.el(c.name);
      if (c.start < 0) {
        // numFmts goes first in the styleSheet; dxfs after cellStyles (or cellXfs).
        const at =
          c.name === 'numFmts'
            ? this.cols.get('fonts')!.start >= 0
              ? this.cols.get('fonts')!.start
              : this.rootEnd
            : after(['cellStyles', 'cellXfs']) >= 0
              ? after(['cellStyles', 'cellXfs'])
              : this.rootEnd;
        edits.push({ at, del: 0, text: `<${tag} count="${count}">${c.added.join('')}</${tag}>` });
        continue;
      }
      const startTag = this.xml.slice(c.start, c.startTagEnd);
      const withCount = /\scount\s*=\s*"[^"]*"/.test(startTag)
        ? startTag.replace(/(\scount\s*=\s*")[^"]*"/, `$1${count}"`)
        : startTag;
      if (c.selfClosing) {
        edits.push({
          at: c.start,
          del: c.startTagEnd - c.start,
          text: `${withCount.replace(/\s*\/>$/, '>')}${c.added.join('')}</${tag}>`,
        });
      } else {
        if (withCount !== startTag) edits.push({ at: c.start, del: c.startTagEnd - c.start, text: withCount });
        const closeAt = this.xml.lastIndexOf('</', c.end - 1);
        edits.push({ at: closeAt, del: 0, text: c.added.join('') });
      }
    }
    edits.sort((a, b) => b.at - a.at || b.del - a.del);
    let out = this.xml;
    for (const ed of edits) out = out.slice(0, ed.at) + ed.text + out.slice(ed.at + ed.del);
    return out;
  }
}
