// The house as ARCHITECTURE.md draws it: no import cycle between folders (e.g. specs/ ↔ planner/), checked on the
// source text, so a cycle fails the suite the day it is written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Folder → the folders its files import from (relative imports only; a folder's own files are not an edge). */
function folderGraph(): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const f of files(src)) {
    const from = path.relative(src, path.dirname(f));
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      const to = path.relative(src, path.dirname(path.resolve(path.dirname(f), spec)));
      if (to === from || to.startsWith('..')) continue;
      if (!g.has(from)) g.set(from, new Set());
      g.get(from)!.add(to);
    }
  }
  return g;
}

/** Cycles between sibling folders (a parent's own files, such as domain/types.ts, are shared ground and not a node). */
function siblingCycles(g: Map<string, Set<string>>): string[][] {
  const parent = (d: string) => path.dirname(d);
  const cycles: string[][] = [];
  const nodes = [...g.keys()];
  for (const a of nodes) {
    // Depth-first from a, over edges to siblings of a only.
    const stack: string[][] = [[a]];
    while (stack.length) {
      const trail = stack.pop()!;
      const last = trail[trail.length - 1]!;
      for (const b of g.get(last) ?? []) {
        if (parent(b) !== parent(a) || b === parent(a)) continue;
        if (b === a) cycles.push([...trail, a]);
        else if (!trail.includes(b) && b > a) stack.push([...trail, b]);
      }
    }
  }
  return cycles;
}

describe('imports between folders', () => {
  it('sees the folders of the house', () => {
    const g = folderGraph();
    expect([...g.keys()]).toEqual(expect.arrayContaining(['domain/scan', 'domain/specs', 'app', 'cli', 'taskpane']));
  });

  it('has no cycle between sibling folders', () => {
    expect(siblingCycles(folderGraph()).map((c) => c.join(' → '))).toEqual([]);
  });

  it('would see one (the check itself can fail)', () => {
    const g = new Map([
      ['domain/specs', new Set(['domain/planner'])],
      ['domain/planner', new Set(['domain/specs'])],
    ]);
    expect(siblingCycles(g).map((c) => c.join(' → '))).toEqual(['domain/planner → domain/specs → domain/planner']);
  });
});
