/** The what-if view: tick OIT documents to fix and watch the projected overall, tools and rating change at once. */
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { message } from '../domain/messages';
import { itemGains } from '../domain/planner/gains';
import { project } from '../domain/planner/project';
import { pathToPass } from '../domain/planner/shortestPath';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { score } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  projected: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export type WhatIfSectionProps = {
  readonly lang: Lang;
  readonly summary: Summary;
  readonly enabled: 'enabled' | 'disabled';
  /** Write the chosen targets into the measures plan (and the planner sheet). */
  readonly onWrite: (targets: Readonly<Record<string, number>>) => void;
};

export function WhatIfSection({ lang, summary, enabled, onWrite }: WhatIfSectionProps) {
  const styles = useStyles();
  const docs = useMemo(() => itemGains(summary).filter((g) => g.kind === 'document' && g.gain !== null), [summary]);
  // Start from the shortest path to the pass line, or what the user chose before.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(summary.settings.targets ? Object.keys(summary.settings.targets) : pathToPass(summary).items));
  const targets = useMemo(() => Object.fromEntries([...chosen].map((c) => [c, 100])), [chosen]);
  const p = useMemo(() => project(summary, targets), [summary, targets]);
  const toggle = (code: string): void => setChosen((s) => {
    const next = new Set(s);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    return next;
  });
  if (!docs.length) return null;
  return (
    <section className={styles.root} aria-labelledby="whatif-heading">
      <h2 id="whatif-heading" className={styles.h2}>{message('ui.whatif.heading', lang)}</h2>
      <p className={styles.hint}>{message('ui.whatif.hint', lang)}</p>
      <p className={styles.projected} aria-live="polite" data-testid="whatif-projected">
        {message('ui.whatif.projected', lang, {
          overall: score(p.overall), rating: p.rating?.label[lang] ?? '—',
          iit: score(p.tools.IIT), eit: score(p.tools.EIT), oit: score(p.tools.OIT),
        })}
      </p>
      <ul className={styles.list}>
        {docs.map((g) => (
          <li key={g.code}>
            <Checkbox
              checked={chosen.has(g.code)}
              onChange={() => toggle(g.code)}
              label={message('ui.whatif.item', lang, { code: g.code, name: g.name[lang], score: score(g.score), gain: score(g.gain) })}
            />
          </li>
        ))}
      </ul>
      <Button appearance="secondary" disabled={enabled === 'disabled' || chosen.size === 0} onClick={() => onWrite(targets)}>
        {message('ui.whatif.write', lang)}
      </Button>
    </section>
  );
}
