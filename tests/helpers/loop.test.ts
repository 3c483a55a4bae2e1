import { describe, expect, it } from 'vitest';
import base from '../../vitest.config';
import unit from '../../vitest.unit.config';
import { evenSample, sampleInFastLoop } from './loop';

describe('the fast loop samples, the full suite does not', () => {
  it('an even sample keeps the first, every n-th and the last', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 4, 8, 9]);
    expect(evenSample([0, 1], 4)).toEqual([0, 1]);
  });
  it('only the unit config asks for sampling; under the other, every case runs', () => {
    expect(unit.test?.env).toMatchObject({ ITA_TEST_LOOP: 'unit' });
    expect(base.test?.env?.ITA_TEST_LOOP).toBeUndefined();
    const xs = Array.from({ length: 10 }, (_, i) => i);
    expect(sampleInFastLoop(xs, 4)).toEqual(process.env.ITA_TEST_LOOP === 'unit' ? evenSample(xs, 4) : xs);
  });
});
