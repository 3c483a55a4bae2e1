// The icons the install carries: vendor/fluent-icons is @fluentui/react-icons cut down to the names that our src/ and
// the installed packages import (the real package is 300 MB and 47,000 files; the pane shows a handful of icons).
// package.json points every @fluentui/react-icons at it (a dependency and an `overrides` entry, both file:).
//
//   node scripts/fluent-icons-subset.mjs [version]
//
// fetches the real package (`npm pack`, the version given or the one vendor/fluent-icons says it is), scans what
// imports it (`iconImports` below, which tests/scripts/fluentIcons.test.ts runs too), and writes vendor/fluent-icons:
// the utilities, contexts and providers copied as published (ESM lib/, CommonJS lib-cjs/, their .d.ts), one file per
// format holding the needed icons' definitions, line for line as published, and index files that export only those.
// Run it after a Fluent upgrade, then `npm install` (the test says so when a package asks for a missing name).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUBSET_DIR = path.join(root, 'vendor/fluent-icons');
const PKG = '@fluentui/react-icons';

const walk = (dir, keep, out = []) => {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (e.isFile() && keep(p)) out.push(p);
  }
  return out;
};

const depends = (pj) =>
  [pj.dependencies, pj.peerDependencies, pj.optionalDependencies].some((d) => d && Object.hasOwn(d, PKG));

/** Every package folder under a node_modules (scoped and nested ones too). */
const packageDirs = (nodeModules, out = []) => {
  for (const e of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const p = path.join(nodeModules, e.name);
    if (e.name.startsWith('@')) {
      packageDirs(p, out);
      continue;
    }
    out.push(p);
    if (existsSync(path.join(p, 'node_modules'))) packageDirs(path.join(p, 'node_modules'), out);
  }
  return out;
};

const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * The names imported from @fluentui/react-icons (per entry point: '.' or a subpath such as './lib/providers') by our
 * src/ and by every installed package that declares it as a dependency, each with the files that import it.
 * ESM `import {…} from`, `export {…} from`, `import * as X` (X.name), CommonJS `const X = require(…)` (X.name).
 * Anything that would need every name (`export * from`, a namespace used whole) is listed under the name '*'.
 */
export function iconImports(projectRoot = root) {
  const files = walk(path.join(projectRoot, 'src'), (p) => /\.(ts|tsx)$/.test(p));
  const nodeModules = path.join(projectRoot, 'node_modules');
  for (const dir of existsSync(nodeModules) ? packageDirs(nodeModules) : []) {
    let pj;
    try {
      pj = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (pj.name === PKG || !depends(pj)) continue;
    files.push(...walk(dir, (p) => /\.(js|cjs|mjs)$/.test(p) && !p.slice(dir.length).includes('/node_modules/')));
  }
  const found = new Map(); // entry -> name -> files
  const add = (entry, name, file) => {
    const names = found.get(entry) ?? new Map();
    found.set(entry, names);
    const where = names.get(name) ?? [];
    names.set(name, where);
    where.push(path.relative(projectRoot, file));
  };
  const entryOf = (spec) => (spec === PKG ? '.' : `.${spec.slice(PKG.length)}`);
  const spec = `['"](${PKG.replace('/', '\\/')}(?:\\/[^'"]*)?)['"]`;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(PKG)) continue;
    const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ');
    for (const m of code.matchAll(new RegExp(`\\b(import|export)\\s+(type\\s+)?([^;'"]*?)\\s+from\\s*${spec}`, 'g'))) {
      const [, kind, typeOnly, clause, from] = m;
      const entry = entryOf(from);
      const braces = /\{([^}]*)\}/.exec(clause);
      if (braces) {
        for (const part of braces[1].split(',')) {
          const name = part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]
            .trim();
          if (NAME.test(name) && !typeOnly && !/^\s*type\s/.test(part)) add(entry, name, file);
        }
      }
      const star = /\*\s+as\s+([\w$]+)/.exec(clause);
      if (star) {
        const used = [...code.matchAll(new RegExp(`\\b${star[1].replace('$', '\\$')}\\.([\\w$]+)`, 'g'))];
        for (const u of used) add(entry, u[1], file);
      } else if (kind === 'export' && /^\*\s*$/.test(clause)) add(entry, '*', file);
    }
    for (const m of code.matchAll(
      new RegExp(`\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*[\\w$.]*\\(?\\s*require\\(${spec}\\)`, 'g'),
    )) {
      const [, local, from] = m;
      const entry = entryOf(from);
      const uses = [...code.matchAll(new RegExp(`\\b${local.replace('$', '\\$')}\\.([\\w$]+)`, 'g'))];
      for (const u of uses) add(entry, u[1], file);
    }
  }
  return found;
}

/**
 * What `iconImports` found that the package in dir does not export, as `entry name` strings: each entry point is
 * loaded as an ESM import and as a CommonJS require (the Fluent packages' lib-commonjs, which Node and the tests
 * load, require it; webpack takes lib/).
 */
export async function missingNames(imports, subsetDir) {
  const dir = path.resolve(subsetDir);
  const pj = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const { createRequire } = await import('node:module');
  const lacking = [];
  for (const [entry, names] of imports) {
    const target = pj.exports[entry];
    if (!target) {
      lacking.push(`${entry} (no such entry point)`);
      continue;
    }
    const esm = await import(pathToFileURL(path.join(dir, target.import.default)).href);
    const cjs = createRequire(path.join(dir, 'package.json'))(path.join(dir, target.require.default));
    for (const name of names.keys()) {
      if (!(name in esm) || !(name in cjs)) lacking.push(entry === '.' ? name : `${entry} ${name}`);
    }
  }
  return lacking;
}

/** An icon definition: `export const X = (…createFluentIcon(…));` (ESM), `exports.X = (…);` (CJS), a .d.ts line. */
const DEFINITION = {
  esm: /^export const ([\w$]+) = \(/,
  cjs: /^exports\.([\w$]+) = \( /,
  dts: /^export declare const ([\w$]+): FluentIcon;$/,
};

/** The published icons of a format, name -> its lines (a deprecation comment, then the definition). */
function icons(dirs, ext, format) {
  const found = new Map();
  for (const dir of dirs) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()) {
      let comment = [];
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const m = DEFINITION[format].exec(line);
        if (m) {
          found.set(m[1], [...comment, line]);
          comment = [];
        } else comment = line.startsWith('/**') ? [line] : [];
      }
    }
  }
  return found;
}

const HEADERS = {
  'lib/icons/subset.js': ['"use client";', "import { createFluentIcon } from '../utils/createFluentIcon.js';"],
  'lib-cjs/icons/subset.cjs': [
    '"use client";',
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'const createFluentIcon_1 = require("../utils/createFluentIcon.cjs");',
  ],
  'lib/icons/subset.d.ts': ["import type { FluentIcon } from '../utils/createFluentIcon.js';"],
  'lib-cjs/icons/subset.d.cts': ["import type { FluentIcon } from '../utils/createFluentIcon.cjs';"],
};
const FORMATS = [
  ['lib/icons/subset.js', 'lib', '.js', 'esm'],
  ['lib-cjs/icons/subset.cjs', 'lib-cjs', '.cjs', 'cjs'],
  ['lib/icons/subset.d.ts', 'lib', '.d.ts', 'dts'],
  ['lib-cjs/icons/subset.d.cts', 'lib-cjs', '.d.cts', 'dts'],
];
/** Index files: the published one, its icon chunks replaced by the subset file. */
const INDEXES = [
  ['lib/index.js', /^export \* from '\.\/(icons|sizedIcons)\/chunk-\d+\.js';$/, "export * from './icons/subset.js';"],
  ['lib/index.d.ts', /^export \* from '\.\/(icons|sizedIcons)\/chunk-\d+\.js';$/, "export * from './icons/subset.js';"],
  [
    'lib-cjs/index.cjs',
    /^tslib_1\.__exportStar\(require\("\.\/(icons|sizedIcons)\/chunk-\d+\.cjs"\), exports\);$/,
    'tslib_1.__exportStar(require("./icons/subset.cjs"), exports);',
  ],
  [
    'lib-cjs/index.d.cts',
    /^export \* from '\.\/(icons|sizedIcons)\/chunk-\d+\.cjs';$/,
    "export * from './icons/subset.cjs';",
  ],
];
/** Copied as published: the utilities (not the icon font), the contexts, the SVG core, the providers and utils entries. */
const COPIED = ['utils', 'contexts', 'core', 'providers', 'utils.'];
const KEEP_EXPORTS = ['.', './utils', './providers', './lib/providers', './package.json'];

function build(real, imported, version) {
  const defined = icons(
    ['icons', 'sizedIcons'].map((d) => path.join(real, 'lib', d)),
    '.js',
    'esm',
  );
  const names = imported.filter((n) => defined.has(n));
  const out = path.join(tmpdir(), `fluent-icons-subset-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  for (const lib of ['lib', 'lib-cjs']) {
    for (const e of readdirSync(path.join(real, lib), { withFileTypes: true })) {
      if (!COPIED.some((c) => (c.endsWith('.') ? e.name.startsWith(c) : e.name === c || e.name.startsWith(`${c}.`)))) {
        continue;
      }
      cpSync(path.join(real, lib, e.name), path.join(out, lib, e.name), {
        recursive: true,
        filter: (src) => !src.includes(`${path.sep}utils${path.sep}fonts`) && !/[\\/]core[\\/]fontIcon\./.test(src),
      });
    }
  }
  for (const [file, lib, ext, format] of FORMATS) {
    const published = icons(
      ['icons', 'sizedIcons'].map((d) => path.join(real, lib, d)),
      ext,
      format,
    );
    const missing = names.filter((n) => !published.has(n));
    if (missing.length) throw new Error(`${file}: the published ${lib}/ lacks ${missing.join(', ')}`);
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    const body = names.flatMap((n) => published.get(n));
    writeFileSync(path.join(out, file), [...HEADERS[file], ...body, ''].join('\n'));
  }
  for (const [file, chunk, subset] of INDEXES) {
    const lines = readFileSync(path.join(real, file), 'utf8').split('\n');
    const first = lines.findIndex((l) => chunk.test(l));
    if (first < 0) throw new Error(`${file}: no icon chunks where expected; the package's layout changed`);
    const kept = lines.filter((l) => !chunk.test(l));
    kept.splice(first, 0, subset);
    writeFileSync(path.join(out, file), kept.join('\n'));
  }
  const pj = JSON.parse(readFileSync(path.join(real, 'package.json'), 'utf8'));
  delete pj.scripts;
  delete pj.devDependencies;
  pj.description =
    `${pj.description} This copy holds only the icons ITA Workbench's install imports: ${names.length}` +
    ' of them, made by scripts/fluent-icons-subset.mjs from the published package of the same version.';
  pj.sideEffects = false;
  pj.files = ['lib/', 'lib-cjs/', 'LICENSE', 'README.md'];
  pj.exports = Object.fromEntries(Object.entries(pj.exports).filter(([k]) => KEEP_EXPORTS.includes(k)));
  pj.exports['.'] = pj.exports['.'].default;
  writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(pj, null, 2)}\n`);
  writeFileSync(path.join(out, 'LICENSE'), licence(version));
  writeFileSync(path.join(out, 'README.md'), readme(version, names));
  checkRelativeImports(out);
  return out;
}

/** Every relative import of the subset names a file that is there (nothing copied reaches what was left out). */
function checkRelativeImports(dir) {
  for (const file of walk(dir, (p) => /\.(js|cjs|d\.ts|d\.cts)$/.test(p))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|require\()\s*['"](\.[^'"]+)['"]/g)) {
      if (!existsSync(path.resolve(path.dirname(file), m[1]))) {
        throw new Error(`${path.relative(dir, file)} imports ${m[1]}, which the subset does not hold`);
      }
    }
  }
}

const licence = (version) => `MIT License

${PKG} ${version} (Fluent System Icons, Copyright (c) Microsoft Corporation) is published under the MIT licence,
as its package.json declares; the package ships no licence file of its own. This folder is a subset of it.

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

const readme = (version, names) => `# ${PKG} ${version}, the icons ITA Workbench uses

Generated by \`node scripts/fluent-icons-subset.mjs\`; do not edit. The published package's utilities, contexts and
providers as they are (\`lib/\` ESM, \`lib-cjs/\` CommonJS, with their types) and, in \`icons/subset.*\`, the
definitions of these ${names.length} icons exactly as published (what our \`src/\` and the installed Fluent packages
import; \`tests/scripts/fluentIcons.test.ts\` fails when one more is needed):

${names.join(', ')}
`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const current = existsSync(path.join(SUBSET_DIR, 'package.json'))
    ? JSON.parse(readFileSync(path.join(SUBSET_DIR, 'package.json'), 'utf8')).version
    : undefined;
  const version = process.argv[2] ?? current;
  if (!version) throw new Error('usage: node scripts/fluent-icons-subset.mjs <version of @fluentui/react-icons>');
  const imports = iconImports();
  const everything = [...imports.values()].some((names) => names.has('*'));
  if (everything) throw new Error(`something re-exports all of ${PKG}: a subset cannot serve it`);
  const entries = [...imports.keys()].filter((e) => !['.', './lib/providers', './providers', './utils'].includes(e));
  if (entries.length) throw new Error(`imports of ${entries.join(', ')}: the subset has no such entry point`);
  const names = [...new Set([...imports.values()].flatMap((n) => [...n.keys()]))].sort();
  const tmp = mkdtempSync(path.join(tmpdir(), 'fluent-icons-'));
  try {
    const tgz = execFileSync('npm', ['pack', `${PKG}@${version}`, '--silent', '--pack-destination', tmp], {
      cwd: tmp,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', path.join(tmp, tgz), '-C', tmp]);
    const out = build(path.join(tmp, 'package'), names, version);
    rmSync(SUBSET_DIR, { recursive: true, force: true });
    mkdirSync(path.dirname(SUBSET_DIR), { recursive: true });
    cpSync(out, SUBSET_DIR, { recursive: true });
    rmSync(out, { recursive: true, force: true });
    const lacking = await missingNames(imports, SUBSET_DIR);
    if (lacking.length) throw new Error(`the subset lacks ${lacking.join(', ')}: not icons of ${PKG}@${version}?`);
    const count = readFileSync(path.join(SUBSET_DIR, 'lib/icons/subset.d.ts'), 'utf8').match(
      /^export declare/gm,
    ).length;
    console.log(`${path.relative(root, SUBSET_DIR)}: ${PKG}@${version}, ${count} icons; now run npm install`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
