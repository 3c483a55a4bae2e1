/** The planner's report for `analyze --json` (and the pane): gains, the path to the pass line, what blocks higher levels. */
import { frameworkExact } from '../domain/framework';
import { planReport } from '../domain/planner/shortestPath';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';

export function planJson(summary: Summary, lang: Lang): ReturnType<typeof planReport> {
  const s = lang === summary.settings.lang ? summary : { ...summary, settings: { ...summary.settings, lang } };
  return planReport(s, frameworkExact(summary.planYear));
}
