import { describe, expect, it } from 'vitest';
import {
  FrameworkError,
  frameworkExact,
  itemOnTopic,
  knownFrameworkYears,
  knownTopics,
  topicsOf,
  validateFramework,
} from '../../src/domain/framework';
import { ANALYSIS_THEMES } from '../../src/domain/specs/analysisSheet';

describe('topics: what an item is about, stable across years', () => {
  it('every item of every year carries a topic, and no topic is on two items of one year', () => {
    for (const year of knownFrameworkYears()) {
      const fw = frameworkExact(year)!;
      const seen = new Set<string>();
      for (const it of fw.items) {
        expect(it.topic, `${year} ${it.code}`).toMatch(/^[a-z][a-z0-9-]+$/);
        for (const t of topicsOf(it)) {
          expect(seen.has(t), `${year}: ${t} twice`).toBe(false);
          seen.add(t);
        }
      }
    }
  });

  it('the 7 ประเด็น hold every topic of every year exactly once', () => {
    const all = ANALYSIS_THEMES.flatMap((t) => t.topics);
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(knownTopics());
  });

  it('the complaint guideline is one topic whatever its code (o22 in FY2567, O17 in FY2568)', () => {
    expect(itemOnTopic(frameworkExact(2567)!, 'complaint-guideline')?.code).toBe('o22');
    expect(itemOnTopic(frameworkExact(2568)!, 'complaint-guideline')?.code).toBe('O17');
  });

  it('a merged item answers for each topic merged into it (FY2568 O1 = structure + powers and duties)', () => {
    const fw = frameworkExact(2568)!;
    expect(itemOnTopic(fw, 'org-structure')?.code).toBe('O1');
    expect(itemOnTopic(fw, 'powers-duties')?.code).toBe('O1');
  });

  it('a framework without topics, or with one topic on two items, is rejected with the item named', () => {
    const raw = JSON.parse(JSON.stringify(frameworkExact(2567)));
    delete raw.items[0].topic;
    expect(() => validateFramework(raw)).toThrow(FrameworkError);
    expect(() => validateFramework(raw)).toThrow(/item i1 has no topic/);
    const twice = JSON.parse(JSON.stringify(frameworkExact(2567)));
    twice.items[1].topic = twice.items[0].topic;
    expect(() => validateFramework(twice)).toThrow(/topic iit-procedure-time is on items i1 and i2/);
  });
});
