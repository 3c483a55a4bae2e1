/** The seed's Summary, computed by the real scorer from the hand-built seed scan. */
import { summarize, type SummarizeContext } from '../../src/domain/score';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';
import type { Summary } from '../../src/domain/summary';
import { seedScan } from './seedScan';

export function seedSummary(
  settings: Partial<Settings> = {},
  scan: Parameters<typeof seedScan>[0] = {},
  context: SummarizeContext = {},
): Summary {
  return summarize(seedScan(scan), { ...DEFAULT_SETTINGS, ...settings }, context);
}
