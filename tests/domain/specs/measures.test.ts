import { describe, expect, it } from 'vitest';
import raw from '../../../src/domain/data/measures.json';
import { frameworkFor, knownTopics } from '../../../src/domain/framework';
import { MeasuresError, measuresLibrary, validateMeasures } from '../../../src/domain/specs/measures';

const fw = frameworkFor(2567).framework;
const copy = (): typeof raw => JSON.parse(JSON.stringify(raw)) as typeof raw;

describe('measures library', () => {
  it('the shipped file passes and covers every topic of every year exactly once', () => {
    const lib = measuresLibrary();
    const topics = lib.themes.flatMap((t) => t.topics);
    expect(topics).toHaveLength(59);
    expect(new Set(topics)).toEqual(knownTopics());
    expect(new Set(topics)).toEqual(new Set(fw.items.map((i) => i.topic)));
    expect(Object.keys(lib.topics).sort()).toEqual([...knownTopics()].sort());
  });

  it('is marked as our own drafting', () => {
    expect(raw.$comment).toMatch(/own drafting/);
  });

  it.each([
    ['o34', 'ita-measures'],
    ['o26', 'no-gift'],
    ['o28', 'no-gift'],
    ['o15', 'procurement'],
    ['i5', 'procurement'],
    ['o22', 'complaints'],
    ['o30', 'risk'],
    ['i10', 'assets'],
    ['i12', 'assets'],
    ['o2', 'info-basics'],
    ['o13', 'services'],
  ])('item %s belongs to theme %s (by its topic)', (code, id) => {
    const topic = fw.items.find((i) => i.code === code)!.topic;
    expect(measuresLibrary().themes.find((t) => t.topics.includes(topic))?.id).toBe(id);
  });

  it.each([
    ['o2', /ฝ่ายการเมือง.*ฝ่ายประจำ/],
    ['o8', /6 เดือน/],
    ['o13', /เว็บไซต์หลัก/],
    ['o15', /2560/],
    ['o22', /ช่องทาง ขั้นตอน ผู้รับผิดชอบ ระยะเวลา/],
    ['o24', /ไม่มี/],
    ['o26', /ลงนาม/],
    ['o30', /ควบคุม/],
    ['o34', /ต้นปีงบประมาณ/],
    ['i10', /คู่มือ/],
    ['i12', /ตรวจ/],
  ])('item %s says what it requires', (code, re) => {
    const t = measuresLibrary().topics[fw.items.find((i) => i.code === code)!.topic]!;
    expect(`${t.gap.th} ${t.development.th}`).toMatch(re);
  });

  type Corrupt = [string, (x: ReturnType<typeof copy>) => void, RegExp];
  const cases: Corrupt[] = [
    [
      'a topic left out of every theme',
      (x) => {
        x.themes[0]!.topics = [];
      },
      /topic ita-measures is in no theme/,
    ],
    [
      'a topic in two themes',
      (x) => {
        x.themes[1]!.topics.push('no-gift-declaration');
      },
      /topic no-gift-declaration is in themes info-basics and no-gift/,
    ],
    [
      'an unknown topic',
      (x) => {
        x.themes[0]!.topics.push('o99');
      },
      /unknown topic o99/,
    ],
    [
      'a missing English measure',
      (x) => {
        (x.themes[2]!.measure as { en?: string }).en = '';
      },
      /theme planning-reporting: measure needs th and en/,
    ],
    [
      'a missing step list',
      (x) => {
        (x.themes[3] as { steps?: unknown }).steps = [];
      },
      /theme services: steps missing/,
    ],
    [
      'a bad period',
      (x) => {
        x.themes[4]!.period.to = 13;
      },
      /theme procurement: period needs from\/to months 1\.\.12/,
    ],
    [
      'a step naming a topic of another theme',
      (x) => {
        (x.themes[0]!.steps[0] as { topics?: string[] }).topics = ['org-structure'];
      },
      /names org-structure, not a topic of the theme/,
    ],
    [
      'a topic without sentences',
      (x) => {
        delete (x.topics as Record<string, unknown>)['annual-report'];
      },
      /topic annual-report missing/,
    ],
    [
      'a missing phrase',
      (x) => {
        delete (x.phrases as Record<string, unknown>).oitZero;
      },
      /phrase oitZero needs th and en/,
    ],
    [
      'a duplicate theme id',
      (x) => {
        x.themes[1]!.id = 'ita-measures';
      },
      /theme ita-measures appears twice/,
    ],
  ];
  it.each(cases)('rejects %s with a clear message', (_what, corrupt, message) => {
    const bad = copy();
    corrupt(bad);
    expect(() => validateMeasures(bad, knownTopics())).toThrow(MeasuresError);
    expect(() => validateMeasures(bad, knownTopics())).toThrow(message);
  });
});
