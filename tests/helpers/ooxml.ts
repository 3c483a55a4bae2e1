/**
 * Offline validation of a whole .xlsx package against the ISO/IEC 29500 transitional schemas (tests/schemas/ooxml),
 * the way Excel reads it: markup compatibility is applied first (mc:Ignorable namespaces dropped, mc:AlternateContent
 * replaced by its Fallback, xml:space dropped on <t>), then each part goes through xmllint with the schema of its
 * content type. Parts no schema here covers (VML, Microsoft extension parts, custom XML) are listed as not checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schemas/ooxml');
const ISO = path.join(SCHEMAS, 'ISO-IEC29500-4_2016');
const OPC = path.join(SCHEMAS, 'ecma/fouth-edition');

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Content type → schema file. */
const BY_TYPE: readonly [RegExp, string][] = [
  [
    /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/,
    path.join(ISO, 'sml.xsd'),
  ],
  [
    /spreadsheetml\.(worksheet|styles|sharedStrings|table|comments|calcChain|externalLink|connections|queryTable|pivotTable|pivotCacheDefinition|pivotCacheRecords|chartsheet|dialogsheet|volatileDependencies|sheetMetadata|tableSingleCells|revisionHeaders|revisionLog|userNames)\+xml$/,
    path.join(ISO, 'sml.xsd'),
  ],
  [/drawingml\.chart\+xml$/, path.join(ISO, 'dml-chart.xsd')],
  [/drawing\+xml$/, path.join(ISO, 'dml-spreadsheetDrawing.xsd')],
  [/theme\+xml$/, path.join(ISO, 'dml-main.xsd')],
  [/extended-properties\+xml$/, path.join(ISO, 'shared-documentPropertiesExtended.xsd')],
  [/custom-properties\+xml$/, path.join(ISO, 'shared-documentPropertiesCustom.xsd')],
  [/relationships\+xml$/, path.join(OPC, 'opc-relationships.xsd')],
];

export type PartVerdict = { readonly part: string; readonly schema: string | null; readonly errors: readonly string[] };
export type PackageVerdict = {
  readonly parts: readonly PartVerdict[];
  readonly invalid: readonly PartVerdict[];
  readonly unchecked: readonly string[];
};

const dom = new JSDOM('');
const parser = new dom.window.DOMParser();
const serializer = new dom.window.XMLSerializer();

/** Apply markup compatibility as a consumer does (ECMA-376 Part 3), so that the strict transitional XSD can judge. */
export function applyMarkupCompatibility(xml: string): string {
  const doc = parser.parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed XML: ${err.textContent ?? ''}`);
  const ignorable = new Set<string>();
  const walk = (el: Element): void => {
    const ign = el.getAttributeNS(MC, 'Ignorable');
    if (ign) {
      for (const prefix of ign.split(/\s+/).filter(Boolean)) {
        const ns = el.lookupNamespaceURI(prefix);
        if (ns) ignorable.add(ns);
      }
      el.removeAttributeNS(MC, 'Ignorable');
    }
    for (const a of [...el.attributes]) {
      if ((a.namespaceURI && ignorable.has(a.namespaceURI)) || a.namespaceURI === MC) el.removeAttributeNode(a);
      else if (a.namespaceURI === XML_NS && a.localName === 'space' && el.localName === 't') el.removeAttributeNode(a);
    }
    for (const child of [...el.children]) {
      if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
        const fallback = [...child.children].find((c) => c.namespaceURI === MC && c.localName === 'Fallback');
        for (const c of fallback ? [...fallback.childNodes] : []) el.insertBefore(c, child);
        el.removeChild(child);
        continue;
      }
      if (child.namespaceURI && ignorable.has(child.namespaceURI)) {
        el.removeChild(child);
        continue;
      }
      walk(child);
    }
  };
  walk(doc.documentElement);
  // Namespace declarations of ignorable prefixes may stay: undeclared-but-unused namespaces are harmless to XSD.
  return serializer.serializeToString(doc);
}

function contentTypes(xml: string): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const doc = parser.parseFromString(xml, 'application/xml');
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of [...doc.getElementsByTagName('Default')])
    defaults.set((d.getAttribute('Extension') ?? '').toLowerCase(), d.getAttribute('ContentType') ?? '');
  for (const o of [...doc.getElementsByTagName('Override')])
    overrides.set((o.getAttribute('PartName') ?? '').replace(/^\//, ''), o.getAttribute('ContentType') ?? '');
  return { defaults, overrides };
}

/**
 * Validate files against one schema in one xmllint run (the schema is parsed once, not once per part), each file's
 * errors returned under its part name. xmllint names each file in its messages and ends each file's with
 * "<file> validates" or "<file> fails to validate".
 */
function xmllint(files: readonly { file: string; name: string }[], schema: string): Map<string, string[]> {
  let out = '';
  try {
    const args = ['--noout', '--nonet', '--schema', schema, ...files.map((f) => f.file)];
    execFileSync('xmllint', args, { stdio: 'pipe', maxBuffer: 64 << 20 });
  } catch (e) {
    out = String((e as { stderr?: Buffer }).stderr ?? e);
  }
  const lines = out.split('\n').filter((l) => l.trim() && !/ (fails to validate|validates)$/.test(l));
  const errors = new Map(files.map((f) => [f.name, [] as string[]]));
  let last: (typeof files)[number] | undefined;
  for (const l of lines) {
    last = files.find((x) => l.startsWith(`${x.file}:`) || l.startsWith(`${x.file} `)) ?? last;
    // A line naming no file continues the last file's message; before any (xmllint could not run, the schema did
    // not load) it counts against every file.
    for (const g of last ? [last] : files) errors.get(g.name)!.push(l.replace(g.file, g.name));
  }
  return errors;
}

/** Validate every XML part of a package; `invalid` lists the parts with schema errors (with xmllint's words). */
export async function validatePackage(bytes: Uint8Array): Promise<PackageVerdict> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n]!.dir)
    .sort();
  const ct = names.includes('[Content_Types].xml')
    ? contentTypes(await zip.file('[Content_Types].xml')!.async('string'))
    : null;
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-ooxml-'));
  const parts: PartVerdict[] = [];
  const unchecked: string[] = [];
  const bySchema = new Map<string, { file: string; name: string }[]>();
  try {
    for (const name of names) {
      let schema: string | null = null;
      if (name === '[Content_Types].xml') schema = path.join(OPC, 'opc-contentTypes.xsd');
      else {
        const ext = name.split('.').pop()!.toLowerCase();
        const type = ct?.overrides.get(name) ?? ct?.defaults.get(ext) ?? '';
        schema = BY_TYPE.find(([re]) => re.test(type))?.[1] ?? null;
        if (!schema && ext !== 'xml' && ext !== 'rels') continue; // binary parts (pictures, vbaProject.bin)
      }
      if (!schema) {
        unchecked.push(name);
        continue;
      }
      const raw = await zip.file(name)!.async('string');
      let xml: string;
      try {
        xml = applyMarkupCompatibility(raw);
      } catch (e) {
        parts.push({ part: name, schema, errors: [String((e as Error).message)] });
        continue;
      }
      const file = path.join(dir, `${parts.length}-${name.replace(/[^\w.-]+/g, '_')}`);
      writeFileSync(file, xml);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), { file, name }]);
      parts.push({ part: name, schema: path.basename(schema), errors: [] });
    }
    for (const [schema, files] of bySchema) {
      const errors = xmllint(files, schema);
      for (const f of files) {
        const i = parts.findIndex((p) => p.part === f.name);
        parts[i] = { ...parts[i]!, errors: errors.get(f.name)! };
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { parts, invalid: parts.filter((p) => p.errors.length > 0), unchecked };
}

/** For assertions: "part: first error" lines of every invalid part (empty when the package is valid). */
export function describeInvalid(v: PackageVerdict): string[] {
  return v.invalid.map((p) => `${p.part} (${p.schema}): ${p.errors.slice(0, 3).join(' | ')}`);
}
