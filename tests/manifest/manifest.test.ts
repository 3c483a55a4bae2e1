// @vitest-environment jsdom
// (jsdom only for its XML DOMParser.)
// manifest.xml: schema-valid offline (Microsoft's XSDs in tests/schemas/manifest), every resid resolves, Thai overrides,
// icons present at their pixel sizes, Excel only, and the production-URL version the build writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROD_URL, DEV_URL, manifestForUrl, resolveProdUrl } from '../../scripts/manifest-url.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.join(repoRoot, 'tests/schemas/manifest');
const schema = path.join(schemaDir, 'OfficeAppManifestV1_1.xsd');
const source = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const PROD = 'https://ita.agency.go.th/addins/ita-workbench/';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const tmp = mkdtempSync(path.join(tmpdir(), 'ita-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** xmllint's verdict on one manifest text: ok, or its error output. */
function xmllint(xml: string, name: string): { ok: boolean; output: string } {
  const file = path.join(tmp, name);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    return { ok: false, output: err.stderr?.toString() ?? err.message };
  }
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

const all = (root: Document | Element, ns: keyof typeof NS, local: string): Element[] => [
  ...root.getElementsByTagNameNS(NS[ns], local),
];
const one = (root: Document | Element, ns: keyof typeof NS, local: string): Element => {
  const found = all(root, ns, local);
  expect(found, `exactly one <${local}>`).toHaveLength(1);
  return found[0]!;
};
/** Elements of the main (appforoffice) namespace directly under <OfficeApp>, not the VersionOverrides ones. */
const top = (doc: Document, local: string): Element => {
  const found = [...doc.documentElement.children].filter((e) => e.namespaceURI === NS.app && e.localName === local);
  expect(found, `exactly one top-level <${local}>`).toHaveLength(1);
  return found[0]!;
};

/** Every URL the manifest names, wherever it is (DefaultValue of URL-ish elements, AppDomain text). */
function urls(doc: Document): string[] {
  const out: string[] = [];
  for (const el of [...doc.getElementsByTagName('*')]) {
    const v = el.getAttribute('DefaultValue');
    if (v && /^[a-z]+:\/\//i.test(v)) out.push(v);
    if (el.localName === 'AppDomain') out.push(el.textContent?.trim() ?? '');
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    `${file} is a PNG`,
  ).toBe(true);
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml against the Office add-in XSDs (xmllint, offline)', () => {
  it('finds the schemas in the repository', () => {
    expect(existsSync(schema), `${schema}`).toBe(true);
  });

  it('validates the development manifest', () => {
    const r = xmllint(source, 'dev.xml');
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it('validates the production manifest the build writes', () => {
    const r = xmllint(manifestForUrl(source, PROD), 'prod.xml');
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it('rejects a manifest with elements out of order (the schema check bites)', () => {
    const broken = source
      .replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, '')
      .replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');
    expect(broken).not.toBe(source);
    const r = xmllint(broken, 'broken.xml');
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/Permissions/);
  });
});

describe('manifest.xml content', () => {
  const doc = parse(source);

  it('has one stable GUID Id and a four-part version', () => {
    expect(top(doc, 'Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    // The Id must never change: Office (and centralized deployment) identifies the add-in by it.
    expect(top(doc, 'Id').textContent).toBe('966b6ed3-4f10-46df-b4e5-24b7e05be503');
    expect(top(doc, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('is a task pane add-in for Excel only, with ReadWriteDocument', () => {
    expect(doc.documentElement.getAttributeNS(NS.xsi, 'type')).toBe('TaskPaneApp');
    const hosts = all(top(doc, 'Hosts'), 'app', 'Host').map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    const ovHosts = all(doc, 'ov', 'Host').map((h) => h.getAttributeNS(NS.xsi, 'type'));
    expect(ovHosts).toEqual(['Workbook']);
    expect(top(doc, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.7', () => {
    const sets = all(top(doc, 'Requirements'), 'app', 'Set').map((s) => [
      s.getAttribute('Name'),
      s.getAttribute('MinVersion'),
    ]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  it('opens taskpane.html from a button in a group on the Home tab', () => {
    expect(one(top(doc, 'DefaultSettings'), 'app', 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${DEV_URL}taskpane.html`,
    );
    const tab = one(doc, 'ov', 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const action = one(tab, 'ov', 'Action');
    expect(action.getAttributeNS(NS.xsi, 'type')).toBe('ShowTaskpane');
    expect(one(action, 'ov', 'TaskpaneId').textContent).toBeTruthy();
    const urlId = one(action, 'ov', 'SourceLocation').getAttribute('resid');
    const url = all(doc, 'bt', 'Url').find((u) => u.getAttribute('id') === urlId);
    expect(url?.getAttribute('DefaultValue')).toBe(`${DEV_URL}taskpane.html`);
  });

  it('resolves every resid to a resource of the right kind, ids unique', () => {
    const resources = one(doc, 'ov', 'Resources');
    const idsOf = (group: string) =>
      all(one(resources, 'bt', group), 'bt', group === 'Images' ? 'Image' : group === 'Urls' ? 'Url' : 'String').map(
        (e) => e.getAttribute('id') ?? '',
      );
    const kinds = {
      Images: idsOf('Images'),
      Urls: idsOf('Urls'),
      ShortStrings: idsOf('ShortStrings'),
      LongStrings: idsOf('LongStrings'),
    };
    const everyId = Object.values(kinds).flat();
    expect(new Set(everyId).size).toBe(everyId.length);
    // What kind of resource each referring element needs (Supertip/GetStarted descriptions are long strings).
    const expected = (el: Element): readonly string[] => {
      const parent = el.parentElement?.localName;
      if (el.localName === 'Image') return kinds.Images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName)) return kinds.Urls;
      if (el.localName === 'Description' && (parent === 'Supertip' || parent === 'GetStarted'))
        return kinds.LongStrings;
      return kinds.ShortStrings;
    };
    const refs = [...doc.querySelectorAll('[resid]')];
    expect(refs.length).toBeGreaterThanOrEqual(14);
    for (const el of refs)
      expect(expected(el), `<${el.localName} resid="${el.getAttribute('resid')}">`).toContain(el.getAttribute('resid'));
    // And nothing declared is unused (a leftover would be a typo's twin).
    const used = new Set(refs.map((e) => e.getAttribute('resid')));
    expect(everyId.filter((id) => !used.has(id))).toEqual([]);
  });

  it('has th-TH overrides for the name, the description and every ribbon string', () => {
    for (const name of ['DisplayName', 'Description']) {
      const override = [...top(doc, name).children].find(
        (c) => c.localName === 'Override' && c.getAttribute('Locale') === 'th-TH',
      );
      expect(override?.getAttribute('Value'), name).toMatch(/[\u0E00-\u0E7F]/);
    }
    const strings = all(doc, 'bt', 'String');
    expect(strings.length).toBe(5);
    for (const s of strings) {
      const th = all(s, 'bt', 'Override').find((o) => o.getAttribute('Locale') === 'th-TH');
      expect(th?.getAttribute('Value'), s.getAttribute('id') ?? '').toBeTruthy();
    }
    const thai = (id: string) =>
      strings
        .find((s) => s.getAttribute('id') === id)!
        .getElementsByTagNameNS(NS.bt, 'Override')[0]!
        .getAttribute('Value');
    expect(thai('TaskpaneButton.Label')).toMatch(/[\u0E00-\u0E7F]/);
    expect(thai('TaskpaneButton.Tooltip')).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('names icons that exist in assets/ at their pixel sizes', () => {
    const expectations: [string, number][] = [
      [top(doc, 'IconUrl').getAttribute('DefaultValue')!, 32],
      [top(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
    ];
    const images = new Map(
      all(one(doc, 'bt', 'Images'), 'bt', 'Image').map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue')!]),
    );
    for (const ref of all(doc, 'bt', 'Image').filter((i) => i.hasAttribute('resid'))) {
      expectations.push([images.get(ref.getAttribute('resid'))!, Number(ref.getAttribute('size'))]);
    }
    expect(expectations.length).toBe(2 + 6);
    expect(new Set(expectations.map(([, s]) => s))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of expectations) {
      expect(url.startsWith(`${DEV_URL}assets/`), url).toBe(true);
      const file = path.join(repoRoot, 'assets', url.slice(`${DEV_URL}assets/`.length));
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file), url).toEqual({ width: size, height: size });
    }
  });

  it('serves everything over https from the development origin', () => {
    const list = urls(doc);
    expect(list.length).toBeGreaterThanOrEqual(9);
    for (const u of list) expect(u.startsWith('https://localhost:3000'), u).toBe(true);
  });
});

describe('the production URL switch', () => {
  it('points every URL at the production base and AppDomain at its origin', () => {
    const prod = parse(manifestForUrl(source, PROD));
    const list = urls(prod);
    expect(list.length).toBe(urls(parse(source)).length);
    for (const u of list) expect(u.startsWith('https://ita.agency.go.th'), u).toBe(true);
    expect(manifestForUrl(source, PROD)).not.toMatch(/localhost:3000|https:\/\/localhost/);
    expect(one(prod, 'app', 'AppDomain').textContent).toBe('https://ita.agency.go.th');
    expect(one(top(prod, 'DefaultSettings'), 'app', 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${PROD}taskpane.html`,
    );
    expect(top(prod, 'IconUrl').getAttribute('DefaultValue')).toBe(`${PROD}assets/icon-32.png`);
  });

  it.each([
    ['https://ita.agency.go.th', 'https://ita.agency.go.th/'],
    ['https://ita.agency.go.th/addin', 'https://ita.agency.go.th/addin/'],
    ['  https://ita.agency.go.th/addin/  ', 'https://ita.agency.go.th/addin/'],
    ['https://ita.agency.go.th:8443/x/', 'https://ita.agency.go.th:8443/x/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(resolveProdUrl(input, {})).toBe(expected);
  });

  it.each(['http://ita.agency.go.th/', 'ita.agency.go.th', 'https://ita.agency.go.th/?v=2'])('refuses %j', (input) => {
    expect(() => resolveProdUrl(input, {})).toThrow(/production URL/);
  });

  it('takes --env prodUrl over ITA_PROD_URL over the placeholder', () => {
    expect(resolveProdUrl('https://a.example/', { ITA_PROD_URL: 'https://b.example/' })).toBe('https://a.example/');
    expect(resolveProdUrl(undefined, { ITA_PROD_URL: 'https://b.example/' })).toBe('https://b.example/');
    expect(resolveProdUrl(undefined, {})).toBe(DEFAULT_PROD_URL);
  });
});
