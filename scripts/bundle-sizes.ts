// Sizes of a build in dist/ (raw and gzipped), per page and for the lazily loaded chunks; used by the build test and the bench.
// Run: npx tsx scripts/bundle-sizes.ts [dist]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export type FileSize = { readonly file: string; readonly bytes: number; readonly gzip: number };
/** What a page loads before it can run: the bundles its HTML names (office.js from the CDN is not counted). */
export type PageSize = {
  readonly page: string;
  readonly scripts: readonly string[];
  readonly bytes: number;
  readonly gzip: number;
};
export type BundleSizes = {
  readonly files: readonly FileSize[];
  readonly pages: readonly PageSize[];
  /** JavaScript no page names: chunks loaded on demand (the preview's exceljs chunk). */
  readonly lazy: readonly FileSize[];
  readonly totalJs: { readonly bytes: number; readonly gzip: number };
};

/** Local script files a page's HTML loads, in document order. */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3] ?? '';
    if (!/^[a-z]+:\/\//i.test(src)) out.push(src.replace(/^\.?\//, ''));
  }
  return out;
}

const sum = (xs: readonly FileSize[]) => ({
  bytes: xs.reduce((a, x) => a + x.bytes, 0),
  gzip: xs.reduce((a, x) => a + x.gzip, 0),
});

/** Measure every .js, .css and .html file at the top of outDir (gzip level 9, as a static host would serve them). */
export async function measureBundles(outDir: string): Promise<BundleSizes> {
  const names = (await readdir(outDir)).filter((f) => /\.(js|css|html)$/.test(f)).sort();
  const files: FileSize[] = [];
  const contents = new Map<string, Buffer>();
  for (const file of names) {
    const buf = await readFile(path.join(outDir, file));
    contents.set(file, buf);
    files.push({ file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  const byName = new Map(files.map((f) => [f.file, f]));
  const pages: PageSize[] = [];
  const named = new Set<string>();
  for (const f of files.filter((x) => x.file.endsWith('.html'))) {
    const scripts = scriptSources(contents.get(f.file)!.toString('utf8'));
    scripts.forEach((s) => named.add(s));
    const sizes = scripts.map((s) => byName.get(s)).filter((x): x is FileSize => x !== undefined);
    pages.push({ page: f.file, scripts, ...sum(sizes) });
  }
  const js = files.filter((f) => f.file.endsWith('.js'));
  return { files, pages, lazy: js.filter((f) => !named.has(f.file)), totalJs: sum(js) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureBundles(path.resolve(process.argv[2] ?? 'dist')), null, 2));
}
