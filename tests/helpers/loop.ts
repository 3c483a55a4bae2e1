/**
 * Which loop runs: `npm run test:unit` sets ITA_TEST_LOOP=unit (vitest.unit.config.ts); `npm test` runs everything.
 * The exhaustive tests (every fault point, every corpus workbook) take an evenly spread sample in the fast loop and the
 * whole set in the full suite, so the fast loop still exercises each kind of case and CI still proves all of them.
 */
const FAST_LOOP = process.env.ITA_TEST_LOOP === 'unit';

/** Every `every`-th element plus the last (all of them for two or fewer). */
export function evenSample<T>(xs: readonly T[], every: number): T[] {
  if (xs.length <= 2) return [...xs];
  return xs.filter((_, i) => i % every === 0 || i === xs.length - 1);
}

/** In the fast loop, an even sample; otherwise all of them. */
export function sampleInFastLoop<T>(xs: readonly T[], every: number): T[] {
  return FAST_LOOP ? evenSample(xs, every) : [...xs];
}
