/** The streaming tokenizer against saxes (a strict XML parser) on generated documents, fed in random chunks. */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  attrs,
  decodeEntities,
  decodeXstring,
  escapeXstring,
  tokenize,
  type XmlSink,
} from '../../../src/adapters/xlsx/xml';
import { shiftFormula } from '../../../src/adapters/xlsx/formula';

type Ev = string;

function ours(xml: string, cuts: number[]): Ev[] {
  const ev: Ev[] = [];
  let text = '';
  // Text arrives raw and maybe cut anywhere (inside an entity too): decoded once a run is whole, as the readers do.
  const flush = (): void => {
    if (text) ev.push(`T:${decodeEntities(text)}`);
    text = '';
  };
  const sink: XmlSink = {
    open(name, raw, self) {
      flush();
      ev.push(`O:${name}:${JSON.stringify(Object.entries(attrs(raw)).sort())}`);
      if (self) ev.push(`C:${name}`);
    },
    close(name) {
      flush();
      ev.push(`C:${name}`);
    },
    text(raw, cdata) {
      text += cdata ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
    },
  };
  let carry = '';
  let prev = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < xml.length).sort((a, b) => a - b), xml.length]) {
    const buf = carry + xml.slice(prev, cut);
    prev = cut;
    const stop = tokenize(buf, 0, sink);
    carry = buf.slice(stop);
  }
  if (carry) tokenize(carry, 0, sink, true);
  flush();
  return ev;
}

function saxes(xml: string): Ev[] {
  const ev: Ev[] = [];
  let text = '';
  const flush = (): void => {
    if (text) ev.push(`T:${text}`);
    text = '';
  };
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    flush();
    ev.push(`O:${t.name}:${JSON.stringify(Object.entries(t.attributes as Record<string, string>).sort())}`);
    if (t.isSelfClosing) ev.push(`C:${t.name}`);
  });
  p.on('closetag', (t) => {
    if (!t.isSelfClosing) {
      flush();
      ev.push(`C:${t.name}`);
    }
  });
  p.on('text', (t) => {
    text += t;
  });
  p.on('cdata', (t) => {
    text += t;
  });
  p.write(xml).close();
  flush();
  return ev;
}

const name = fc.constantFrom('c', 'v', 'row', 'x:c', 'is', 't', 'f');
const textArb = fc.string({
  unit: fc.constantFrom('a', 'ก', '>', '&amp;', '&lt;', '&#x41;', '&#3585;', ' ', '"', "'", '\n', '๐'),
});
const attrArb = fc.tuple(
  fc.constantFrom('r', 's', 't', 'ref', 'x:r'),
  fc.string({ unit: fc.constantFrom('A', '1', '>', '&amp;', '&quot;', "'", ' ', 'ข') }),
);
type Node = { n: string; a: [string, string][]; kids: (Node | string)[] };
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    n: name,
    a: fc.uniqueArray(attrArb, { selector: (x) => x[0], maxLength: 3 }),
    kids: fc.array(
      fc.oneof(
        textArb,
        textArb.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`),
        tie('node'),
      ),
      { maxLength: 4 },
    ),
  }),
})).node;
const ser = (x: Node | string): string =>
  typeof x === 'string'
    ? x
    : `<${x.n}${x.a.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}${x.kids.length ? `>${x.kids.map(ser).join('')}</${x.n}>` : '/>'}`;

describe('xml tokenizer', () => {
  it("gives saxes's events on any document, however it is cut into chunks", () => {
    fc.assert(
      fc.property(node, fc.array(fc.nat(400), { maxLength: 8 }), (root, cuts) => {
        const doc = `<?xml version="1.0"?><!-- c --><root xmlns:x="urn:x">${ser(root)}</root>`;
        expect(ours(doc, cuts)).toEqual(saxes(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('cell text escapes round-trip: _x escapes, characters XML cannot hold, entities', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', '_x0041_', '_', 'x', '\u0001', '\u001b', '&', '<', 'ก', '\ud83d\ude00'),
        }),
        (s) => {
          expect(decodeXstring(decodeEntities(escapeXstring(s)))).toBe(s);
        },
      ),
    );
  });
});

describe('shared formulas', () => {
  it.each([
    ['C2*2', 1, 0, 'C3*2'],
    ['$C$2+C$2+$C2', 2, 1, '$C$2+D$2+$C4'],
    ['SUM(A2:B2)', 3, 0, 'SUM(A5:B5)'],
    ['\'Sheet 1\'!A1&"A1"', 1, 1, '\'Sheet 1\'!B2&"A1"'],
    ['LOG10(A1)+Table1[Col1]', 1, 0, 'LOG10(A2)+Table1[Col1]'],
    ['_xlfn.STDEV.S(A:A)', 5, 1, '_xlfn.STDEV.S(B:B)'],
    ['SUM(1:1)', 2, 0, 'SUM(3:3)'],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved by (%i, %i) reads %s', (f, dr, dc, want) => {
    expect(shiftFormula(f, dr, dc)).toBe(want);
  });
});
