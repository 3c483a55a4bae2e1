/**
 * The what-if: tick OIT documents to publish in full and see the projected overall, tools and rating. Plainly a
 * projection: nothing is ticked at first (the user chooses, or asks for the shortest path to a pass), the projected
 * line is labelled as a projection in a dashed box, in ordinary type, never like the result in the card above.
 */
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
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  projection: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  tag: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
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
  // Nothing ticked unless the user chose targets before (remembered in the workbook).
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(summary.settings.targets ? Object.keys(summary.settings.targets) : []),
  );
  const targets = useMemo(() => Object.fromEntries([...chosen].map((c) => [c, 100])), [chosen]);
  const p = useMemo(() => project(summary, targets), [summary, targets]);
  const toggle = (code: string): void =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  if (!docs.length) return <p className={styles.hint}>{message('ui.weak.none', lang)}</p>;
  return (
    <>
      <p className={styles.hint}>{message('ui.whatif.hint', lang)}</p>
      <div className={styles.projection} aria-live="polite" data-testid="whatif-projected">
        <span className={styles.tag}>{message('ui.whatif.projection', lang)}</span>
        <span>
          {chosen.size === 0
            ? message('ui.whatif.none', lang)
            : message('ui.whatif.projected', lang, {
                overall: score(p.overall),
                rating: p.rating?.label[lang] ?? '—',
                iit: score(p.tools.IIT),
                eit: score(p.tools.EIT),
                oit: score(p.tools.OIT),
              })}
        </span>
      </div>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => setChosen(new Set(pathToPass(summary).items))}>
          {message('ui.whatif.shortest', lang)}
        </Button>
        <Button size="small" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
          {message('ui.whatif.clear', lang)}
        </Button>
      </div>
      <ul className={styles.list}>
        {docs.map((g) => (
          <li key={g.code}>
            <Checkbox
              checked={chosen.has(g.code)}
              onChange={() => toggle(g.code)}
              label={message('ui.whatif.item', lang, {
                code: g.code,
                name: g.name[lang],
                score: score(g.score),
                gain: score(g.gain),
              })}
            />
          </li>
        ))}
      </ul>
      <Button
        appearance="secondary"
        disabled={enabled === 'disabled' || chosen.size === 0}
        onClick={() => onWrite(targets)}
      >
        {message('ui.whatif.write', lang)}
      </Button>
    </>
  );
}
