/**
 * write(changes) on the package itself. What we add: our sheets (and their drawings and charts), our marker sheet,
 * the styles and dxfs we need (appended to the styles part), our defined names (print titles and areas of our sheets).
 * What we edit, by insertion only: workbook.xml's sheet list and defined names, its relationships, the content types,
 * the user sheets that get our rules or fills, and (when we remove a formula or a sheet of ours) the calculation chain.
 * Every other part is copied as stored, byte for byte. A re-run removes what the last run added (the app proves which
 * sheets are ours) and adds it again at the same places, with the same part names and ids.
 */
import { encodeMarker } from '../../app/marker';
import type { OurFill, OurRule, WorkbookChanges } from '../../app/port';
import type { ConditionalRule } from '../../domain/specs/sheetSpec';
import type { Codec } from './codec';
import { LimitError } from './limits';
import {
  contentTypeOf,
  decodeXml,
  parseRels,
  relKind,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  type Package,
} from './package';
import { CT, markerSheetXml, NS_REL, REL, relsXml, renderSheet, type NewPart } from './render';
import { editSheet } from './sheetEdit';
import { EMPTY_STYLES, StyleBook } from './styles';
import type { WorkbookInfo } from './workbookPart';
import { attr, esc, local, tokenize } from './xml';
import { newEntry, rawData, writeZip, type OutEntry } from './zip';

type Edit = { at: number; del: number; text: string };

function applyEdits(xml: string, edits: Edit[]): string {
  if (!edits.length) return xml;
  edits.sort((a, b) => b.at - a.at || b.del - a.del);
  const parts: string[] = [];
  let tail = xml.length;
  for (const e of edits) {
    parts.push(xml.slice(e.at + e.del, tail), e.text);
    tail = e.at;
  }
  parts.push(xml.slice(0, tail));
  return parts.reverse().join('');
}

type Enc = 'utf8' | 'utf8bom' | 'utf16le';

async function textOf(pkg: Package, part: string): Promise<{ text: string; enc: Enc }> {
  const b = await pkg.bytesOf(part);
  const enc: Enc =
    b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 'utf8bom' : b[0] === 0xff && b[1] === 0xfe ? 'utf16le' : 'utf8';
  return { text: decodeXml(b), enc };
}

const utf8 = new TextEncoder();

function encode(text: string, enc: Enc): Uint8Array {
  if (enc === 'utf16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2] = c & 0xff;
      out[3 + i * 2] = c >> 8;
    }
    return out;
  }
  const body = utf8.encode(text);
  if (enc === 'utf8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Root element prefix and the prefix bound to the relationships namespace, from a part's root start tag. */
function rootPrefixes(xml: string): { el: string; r: string | null } {
  let el = '';
  let r: string | null = null;
  let done = false;
  tokenize(xml.slice(0, Math.min(xml.length, 8192)), 0, {
    open(name, raw) {
      if (done) return;
      done = true;
      const i = name.indexOf(':');
      el = i < 0 ? '' : name.slice(0, i + 1);
      const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${NS_REL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`).exec(raw);
      r = m ? m[1]! : null;
    },
    close() {},
    text() {},
  });
  return { el, r };
}

/** Elements of one local name that are direct children of the first `parent` element, with their offsets. */
function elements(
  xml: string,
  parent: string,
  name: string,
): { start: number; end: number; raw: string; self: boolean; startTagEnd: number }[] {
  const out: { start: number; end: number; raw: string; self: boolean; startTagEnd: number }[] = [];
  let depth = 0;
  let parentDepth = -1;
  let state: 'before' | 'in' | 'after' = 'before';
  let open: { start: number; raw: string; startTagEnd: number } | null = null;
  tokenize(
    xml,
    0,
    {
      open(qn, raw, self, start, end) {
        const n = local(qn);
        if (state === 'before' && n === parent) {
          if (self) state = 'after';
          else {
            state = 'in';
            parentDepth = depth;
          }
        } else if (state === 'in' && depth === parentDepth + 1 && n === name) {
          if (self) out.push({ start, end, raw, self, startTagEnd: end });
          else open = { start, raw, startTagEnd: end };
        }
        if (!self) depth++;
      },
      close(qn, _s, end) {
        depth--;
        if (state !== 'in') return;
        if (open && depth === parentDepth + 1 && local(qn) === name) {
          out.push({ start: open.start, end, raw: open.raw, self: false, startTagEnd: open.startTagEnd });
          open = null;
        } else if (depth === parentDepth) state = 'after';
      },
      text() {},
    },
    true,
  );
  return out;
}

/** The [start, startTagEnd, end] of the first element with this local name (any depth), or null. */
function findElement(
  xml: string,
  name: string,
): { start: number; startTagEnd: number; end: number; self: boolean } | null {
  let found: { start: number; startTagEnd: number; end: number; self: boolean } | null = null;
  let depth = 0;
  let at = -1;
  tokenize(
    xml,
    0,
    {
      open(qn, _raw, self, start, end) {
        if (!found && at < 0 && local(qn) === name) {
          if (self) found = { start, startTagEnd: end, end, self: true };
          else {
            found = { start, startTagEnd: end, end: -1, self: false };
            at = depth;
          }
        }
        if (!self) depth++;
      },
      close(_qn, _s, end) {
        depth--;
        if (found && !found.self && depth === at && found.end < 0) {
          found.end = end;
          at = -2;
        }
      },
      text() {},
    },
    true,
  );
  return found;
}

/** Write `changes` into the package; returns the new package's bytes. The package itself is not changed. */
export async function writeChanges(
  pkg: Package,
  info: WorkbookInfo,
  changes: WorkbookChanges,
  codec: Codec,
): Promise<Uint8Array> {
  if (info.strict) throw new LimitError('output.strictOoxml', {});
  const wbPart = info.workbookPart;
  const wbDir = wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/')) : '';
  const inDir = (p: string): string => (wbDir ? `${wbDir}/${p}` : p);
  const find = (name: string) =>
    info.sheets.find((s) => s.name === name) ?? info.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  // ---- which sheets go
  const removeSheets = new Set<(typeof info.sheets)[number]>();
  for (const name of changes.removeSheets) {
    const s = find(name);
    if (s && name !== changes.markerSheet) removeSheets.add(s);
  }
  const oldMarker = find(changes.markerSheet);
  if (oldMarker) {
    // app/marker.ts only names a sheet it found very hidden holding our marker; anything else is the user's.
    if (oldMarker.state !== 'veryHidden' || oldMarker.kind !== 'worksheet')
      throw new Error(`ITA Workbench: sheet "${oldMarker.name}" is not our marker sheet`);
    removeSheets.add(oldMarker);
  }
  const keptSheets = info.sheets.filter((s) => !removeSheets.has(s));
  const taken = new Set(keptSheets.map((s) => s.name.toLowerCase()));
  for (const spec of changes.addSheets) {
    if (taken.has(spec.name.toLowerCase()))
      throw new Error(`ITA Workbench: a sheet named "${spec.name}" is already there`);
    taken.add(spec.name.toLowerCase());
  }
  if (taken.has(changes.markerSheet.toLowerCase()))
    throw new Error(`ITA Workbench: a sheet named "${changes.markerSheet}" is already there`);

  // ---- parts that go with them (only what nothing else still refers to)
  const allParts = pkg.partNames();
  const lowerParts = new Map(allParts.map((p) => [p.toLowerCase(), p]));
  const removedParts = new Set<string>();
  const relsOf = new Map<string, { to: string }[]>();
  if (removeSheets.size) {
    const sources = new Map<string, Set<string>>();
    for (const rp of allParts.filter((p) => /(^|\/)_rels\/[^/]+\.rels$/i.test(p))) {
      const source = rp.replace(/(^|\/)_rels\/([^/]+)\.rels$/i, '$1$2');
      const rels = parseRels(await pkg.text(rp));
      const list = rels
        .filter((r) => !r.external)
        .map((rel) => ({ to: resolveTarget(source, rel.target).toLowerCase() }));
      relsOf.set(source.toLowerCase(), list);
      for (const { to } of list) {
        const set = sources.get(to) ?? new Set<string>();
        set.add(source.toLowerCase());
        sources.set(to, set);
      }
    }
    const queue = [...removeSheets].map((s) => s.part?.toLowerCase()).filter((p): p is string => !!p);
    while (queue.length) {
      const p = queue.pop()!;
      if (removedParts.has(p) || p === wbPart.toLowerCase()) continue;
      removedParts.add(p);
      const rp = relsPathOf(lowerParts.get(p) ?? p).toLowerCase();
      if (lowerParts.has(rp)) removedParts.add(rp);
      for (const { to } of relsOf.get(p) ?? []) {
        if (removedParts.has(to) || !lowerParts.has(to)) continue;
        const users = sources.get(to) ?? new Set<string>();
        if ([...users].every((u) => removedParts.has(u) || u === p)) queue.push(to);
      }
    }
  }

  // ---- new part names: the lowest free number in each folder (a re-run gets the same names back)
  const used = new Set([...lowerParts.keys()].filter((p) => !removedParts.has(p)));
  const newPart = (folder: string, base: string): string => {
    for (let n = 1; ; n++) {
      const p = inDir(`${folder}/${base}${n}.xml`);
      if (!used.has(p.toLowerCase())) {
        used.add(p.toLowerCase());
        return p;
      }
    }
  };

  // ---- styles
  let stylesPart = info.stylesPart;
  let stylesEnc: Enc = 'utf8';
  let stylesXml = EMPTY_STYLES;
  const stylesIsNew = stylesPart === null;
  if (stylesPart) ({ text: stylesXml, enc: stylesEnc } = await textOf(pkg, stylesPart));
  else {
    stylesPart = inDir(used.has(inDir('styles.xml').toLowerCase()) ? 'ITA_styles.xml' : 'styles.xml');
    used.add(stylesPart.toLowerCase());
  }
  const book = new StyleBook(stylesXml);

  const edited = new Map<string, Uint8Array>(); // lower-case part name → new content
  const newParts: NewPart[] = [];

  // ---- the user's sheets: our rules and fills
  type PerSheet = {
    removeRules: OurRule[];
    addRules: { rule: ConditionalRule; dxfId: number }[];
    fills: OurFill[];
    clearFills: OurFill[];
  };
  const per = new Map<string, PerSheet>();
  const bucket = (sheet: string): PerSheet | null => {
    const s = find(sheet);
    if (!s || removeSheets.has(s) || s.kind !== 'worksheet' || !s.part) return null;
    let b = per.get(s.part);
    if (!b) {
      b = { removeRules: [], addRules: [], fills: [], clearFills: [] };
      per.set(s.part, b);
    }
    return b;
  };
  for (const r of changes.removeRules) bucket(r.sheet)?.removeRules.push(r);
  for (const r of changes.addRules) bucket(r.sheet)?.addRules.push({ rule: r, dxfId: book.dxf(r) });
  for (const f of changes.fills) bucket(f.sheet)?.fills.push(f);
  for (const f of changes.clearFills) bucket(f.sheet)?.clearFills.push(f);
  const clearedCells: { sheetId: number; cell: string }[] = [];
  for (const [part, b] of per) {
    const { text, enc } = await textOf(pkg, part);
    const res = editSheet(text, b);
    if (res.xml !== text) edited.set(part.toLowerCase(), encode(res.xml, enc));
    const sheetId = info.sheets.find((s) => s.part === part)?.sheetId ?? 0;
    for (const c of res.cleared) clearedCells.push({ sheetId, cell: c.replace(/\$/g, '').toUpperCase() });
  }

  // ---- our sheets
  type Added = {
    name: string;
    part: string;
    state: 'visible' | 'veryHidden';
    names: readonly { name: string; formula: string }[];
  };
  const added: Added[] = [];
  const ctx = { styles: book, newPart, target: relativeTarget };
  for (const spec of changes.addSheets) {
    const part = newPart('worksheets', 'sheet');
    const r = renderSheet(spec, part, ctx);
    newParts.push({ part, xml: r.xml, contentType: CT.worksheet });
    if (r.rels.length) newParts.push({ part: relsPathOf(part), xml: relsXml(r.rels), contentType: null });
    newParts.push(...r.parts);
    added.push({ name: spec.name, part, state: 'visible', names: r.names });
  }
  // marker null: nothing of ours remains ("remove what ITA Workbench added"), the old marker sheet goes and no new one comes.
  if (changes.marker) {
    const markerPart = newPart('worksheets', 'sheet');
    newParts.push({ part: markerPart, xml: markerSheetXml(encodeMarker(changes.marker)), contentType: CT.worksheet });
    added.push({ name: changes.markerSheet, part: markerPart, state: 'veryHidden', names: [] });
  }

  // ---- workbook relationships
  const relsIsNew = !pkg.has(info.relsPart);
  const relsEnc = relsIsNew ? { text: relsXml([]), enc: 'utf8' as Enc } : await textOf(pkg, info.relsPart);
  const relEls = elements(relsEnc.text, 'Relationships', 'Relationship');
  const removedRIds = new Set([...removeSheets].map((s) => s.rId));
  const relEdits: Edit[] = [];
  const keptIds: string[] = [];
  for (const el of relEls) {
    const id = attr(el.raw, 'Id') ?? '';
    const target = attr(el.raw, 'Target') ?? '';
    const external = (attr(el.raw, 'TargetMode') ?? '').toLowerCase() === 'external';
    const goesWithPart = !external && removedParts.has(resolveTarget(wbPart, target).toLowerCase());
    if (removedRIds.has(id) || goesWithPart) relEdits.push({ at: el.start, del: el.end - el.start, text: '' });
    else keptIds.push(id);
  }
  let nextRel =
    Math.max(0, ...keptIds.map((id) => (/^rId(\d+)$/.exec(id) ? Number(/^rId(\d+)$/.exec(id)![1]) : 0))) + 1;
  const keptIdSet = new Set(keptIds);
  const freshRel = (): string => {
    while (keptIdSet.has(`rId${nextRel}`)) nextRel++;
    const id = `rId${nextRel++}`;
    keptIdSet.add(id);
    return id;
  };
  const relsPrefix = rootPrefixes(relsEnc.text).el;
  let newRelsXml = '';
  const sheetRIds = added.map((a) => {
    const id = freshRel();
    newRelsXml += `<${relsPrefix}Relationship Id="${id}" Type="${REL.worksheet}" Target="${esc(relativeTarget(wbPart, a.part))}"/>`;
    return id;
  });
  if (stylesIsNew)
    newRelsXml += `<${relsPrefix}Relationship Id="${freshRel()}" Type="${REL.styles}" Target="${esc(relativeTarget(wbPart, stylesPart))}"/>`;
  relEdits.push({ at: relsEnc.text.lastIndexOf('</'), del: 0, text: newRelsXml });
  edited.set(info.relsPart.toLowerCase(), encode(applyEdits(relsEnc.text, relEdits), relsEnc.enc));

  // ---- workbook.xml: sheet list, defined names, views
  const wb = await textOf(pkg, wbPart);
  const wbXml = wb.text;
  const wbEdits: Edit[] = [];
  const { el: P, r: rPrefix } = rootPrefixes(wbXml);
  const sheetEls = elements(wbXml, 'sheets', 'sheet');
  const newIndex = new Map<number, number>();
  let k = 0;
  info.sheets.forEach((s, i) => {
    if (removeSheets.has(s)) {
      const el = sheetEls[i];
      if (el) wbEdits.push({ at: el.start, del: el.end - el.start, text: '' });
    } else newIndex.set(i, k++);
  });
  let nextSheetId = Math.max(0, ...keptSheets.map((s) => s.sheetId)) + 1;
  const rAttr = rPrefix ? `${rPrefix}:id` : 'r:id';
  const rDecl = rPrefix ? '' : ` xmlns:r="${NS_REL}"`;
  const sheetsXml = added
    .map(
      (a, i) =>
        `<${P}sheet name="${esc(a.name)}" sheetId="${nextSheetId++}"${a.state === 'veryHidden' ? ' state="veryHidden"' : ''}${rDecl} ${rAttr}="${sheetRIds[i]}"/>`,
    )
    .join('');
  const sheetsEl = findElement(wbXml, 'sheets');
  if (!sheetsEl) throw new LimitError('input.partCorrupt', { part: wbPart, reason: 'no <sheets>' });
  if (sheetsEl.self)
    wbEdits.push({
      at: sheetsEl.start,
      del: sheetsEl.end - sheetsEl.start,
      text: `<${P}sheets>${sheetsXml}</${P}sheets>`,
    });
  else wbEdits.push({ at: wbXml.lastIndexOf('</', sheetsEl.end - 1), del: 0, text: sheetsXml });

  // Defined names: those scoped to a removed sheet go with it; indexes follow the new sheet order; ours are added.
  const nameEls = elements(wbXml, 'definedNames', 'definedName');
  for (const el of nameEls) {
    const lsid = attr(el.raw, 'localSheetId');
    if (lsid === undefined) continue;
    const ni = newIndex.get(Number(lsid));
    if (ni === undefined) {
      if (Number(lsid) < info.sheets.length) wbEdits.push({ at: el.start, del: el.end - el.start, text: '' });
    } else if (ni !== Number(lsid)) {
      const tag = wbXml.slice(el.start, el.startTagEnd).replace(/(\slocalSheetId\s*=\s*")[^"]*"/, `$1${ni}"`);
      wbEdits.push({ at: el.start, del: el.startTagEnd - el.start, text: tag });
    }
  }
  const firstNew = keptSheets.length;
  let ourNames = '';
  added.forEach((a, i) => {
    for (const n of a.names)
      ourNames += `<${P}definedName name="${n.name}" localSheetId="${firstNew + i}">${esc(n.formula)}</${P}definedName>`;
  });
  if (ourNames) {
    const dn = findElement(wbXml, 'definedNames');
    if (dn && !dn.self) wbEdits.push({ at: wbXml.lastIndexOf('</', dn.end - 1), del: 0, text: ourNames });
    else if (dn)
      wbEdits.push({ at: dn.start, del: dn.end - dn.start, text: `<${P}definedNames>${ourNames}</${P}definedNames>` });
    else {
      // After sheets, functionGroups and externalReferences (CT_Workbook's order).
      const anchor = findElement(wbXml, 'externalReferences') ?? findElement(wbXml, 'functionGroups') ?? sheetsEl;
      wbEdits.push({ at: anchor.end, del: 0, text: `<${P}definedNames>${ourNames}</${P}definedNames>` });
    }
  }
  // The workbook's views point at sheets by index.
  for (const v of elements(wbXml, 'bookViews', 'workbookView')) {
    let tag = wbXml.slice(v.start, v.startTagEnd);
    const orig = tag;
    for (const key of ['activeTab', 'firstSheet']) {
      const val = attr(v.raw, key);
      if (val === undefined) continue;
      const ni = newIndex.get(Number(val)) ?? 0;
      if (ni !== Number(val)) tag = tag.replace(new RegExp(`(\\s${key}\\s*=\\s*")[^"]*"`), `$1${ni}"`);
    }
    if (tag !== orig) wbEdits.push({ at: v.start, del: v.startTagEnd - v.start, text: tag });
  }
  edited.set(wbPart.toLowerCase(), encode(applyEdits(wbXml, wbEdits), wb.enc));

  // ---- the calculation chain: no entry may point at a sheet or a formula that is gone
  const calcRel = info.rels.find((r) => relKind(r.type) === 'calcChain' && !r.external);
  const calcPart = calcRel ? pkg.entry(resolveTarget(wbPart, calcRel.target))?.name : undefined;
  const goneIds = new Set([...removeSheets].map((s) => s.sheetId));
  if (calcPart && (goneIds.size || clearedCells.length)) {
    const cc = await textOf(pkg, calcPart);
    const gone = new Set(clearedCells.map((c) => `${c.sheetId}!${c.cell}`));
    const edits: Edit[] = [];
    let current = 0;
    let carryI: string | null = null;
    let kept = 0;
    for (const el of elements(cc.text, 'calcChain', 'c')) {
      const i = attr(el.raw, 'i');
      if (i !== undefined) current = Number(i);
      const ref = (attr(el.raw, 'r') ?? '').toUpperCase();
      if (goneIds.has(current) || gone.has(`${current}!${ref}`)) {
        edits.push({ at: el.start, del: el.end - el.start, text: '' });
        if (i !== undefined) carryI = i;
        continue;
      }
      kept++;
      if (carryI !== null && i === undefined) {
        const tag = cc.text.slice(el.start, el.startTagEnd);
        edits.push({
          at: el.start,
          del: el.startTagEnd - el.start,
          text: tag.replace(/^(<[\w:]+)/, `$1 i="${current}"`),
        });
      }
      carryI = null;
    }
    if (edits.length) {
      if (kept === 0) {
        // Every entry was ours: the chain goes (Excel rebuilds it), with its relationship and content type.
        removedParts.add(calcPart.toLowerCase());
        const relEl = relEls.find((el) => attr(el.raw, 'Id') === calcRel!.id);
        if (relEl) {
          relEdits.push({ at: relEl.start, del: relEl.end - relEl.start, text: '' });
          edited.set(info.relsPart.toLowerCase(), encode(applyEdits(relsEnc.text, relEdits), relsEnc.enc));
        }
      } else edited.set(calcPart.toLowerCase(), encode(applyEdits(cc.text, edits), cc.enc));
    }
  }

  // ---- styles part
  const stylesOut = book.toXml();
  if (stylesIsNew) newParts.push({ part: stylesPart, xml: stylesOut, contentType: CT.styles });
  else if (stylesOut !== stylesXml) edited.set(stylesPart.toLowerCase(), encode(stylesOut, stylesEnc));

  // ---- content types
  const ctEntry = pkg.entry('[Content_Types].xml')!;
  const { text: ctXml, enc: ctEnc } = await textOf(pkg, ctEntry.name);
  const ctEdits: Edit[] = [];
  const ctPrefix = rootPrefixes(ctXml).el;
  for (const el of elements(ctXml, 'Types', 'Override')) {
    const name = (attr(el.raw, 'PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (removedParts.has(name)) ctEdits.push({ at: el.start, del: el.end - el.start, text: '' });
  }
  let ctNew = '';
  if (!info.contentTypes.defaults.has('rels'))
    ctNew += `<${ctPrefix}Default Extension="rels" ContentType="${CT.rels}"/>`;
  for (const np of newParts) {
    if (!np.contentType) continue;
    if (
      contentTypeOf(info.contentTypes, np.part) === np.contentType &&
      !info.contentTypes.overrides.has(np.part.toLowerCase())
    )
      continue;
    ctNew += `<${ctPrefix}Override PartName="/${esc(np.part)}" ContentType="${np.contentType}"/>`;
  }
  ctEdits.push({ at: ctXml.lastIndexOf('</'), del: 0, text: ctNew });
  const ctOut = applyEdits(ctXml, ctEdits);
  if (ctOut !== ctXml) edited.set(ctEntry.name.toLowerCase(), encode(ctOut, ctEnc));

  // ---- the zip: the user's parts in their order (edited ones recompressed), then ours
  const out: OutEntry[] = [];
  const jobs: Promise<void>[] = [];
  for (const e of pkg.entries) {
    const lower = e.name.toLowerCase();
    if (removedParts.has(lower)) continue;
    const content = edited.get(lower);
    if (content) {
      const slot = out.length;
      out.push(null as unknown as OutEntry);
      jobs.push(
        codec.deflate(content).then((c) => {
          out[slot] = newEntry(e.name, content, c);
        }),
      );
    } else out.push({ kind: 'raw', entry: e, data: rawData(pkg.bytes, e) });
  }
  if (relsIsNew)
    newParts.push({
      part: info.relsPart,
      xml: new TextDecoder().decode(edited.get(info.relsPart.toLowerCase())!),
      contentType: null,
    });
  for (const np of newParts) {
    const data = utf8.encode(np.xml);
    const slot = out.length;
    out.push(null as unknown as OutEntry);
    jobs.push(
      codec.deflate(data).then((c) => {
        out[slot] = newEntry(np.part, data, c);
      }),
    );
  }
  await Promise.all(jobs);
  return writeZip(out);
}
