// `npm run ita`: runs the command line from a bundle of src/cli (esbuild, cached in node_modules/.cache/ita),
// rebuilt whenever a source file is newer. Starting plain Node on one bundle is much faster than transpiling
// every TypeScript file at each start (tsx), which dominated the CLI's time on small workbooks.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'node_modules', '.cache', 'ita', 'cli.mjs');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const src = path.join(root, 'src');
if (!existsSync(out) || statSync(out).mtimeMs < newest(src)) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(src, 'cli', 'entry.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}
await import(pathToFileURL(out).href);
