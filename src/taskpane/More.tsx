/**
 * Below the primary action (a lazy chunk: the first screen does not need it): the other actions, then the details,
 * each collapsed in a native <details> (keyboard and screen readers know it; nothing to load): scores, weak items,
 * the what-if projection, where the tables were found with the warnings, and the settings.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Analysis } from '../app/analysis';
import { hasOurs } from '../app/remove';
import type { Action } from '../app/workbench';
import { message, type MessageCode } from '../domain/messages';
import type { Settings } from '../domain/settings';
import { OUR_SHEETS, sheetApplies, type SheetKey } from '../domain/specs/sheets';
import type { Lang, Location } from '../domain/types';
import type { Actions } from './engine';
import { FoundSection, shownIssues } from './FoundSection';
import { HighlightLegend } from './HighlightLegend';
import { ScoresSection } from './ScoresSection';
import { SettingsSection } from './SettingsSection';
import { WeakList } from './WeakList';
import { WhatIfSection } from './WhatIfSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  button: { justifyContent: 'flex-start', textAlign: 'left', minHeight: '32px' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

/** Each other action and what it runs ('fill' fills the user's blank summary cells, then refreshes our summary sheet). */
export const BUTTONS: readonly {
  readonly id: string;
  readonly label: MessageCode;
  readonly actions: readonly Action[];
}[] = [
  { id: 'fill', label: 'ui.action.fill', actions: ['fill', 'summary'] },
  { id: 'highlight', label: 'ui.action.highlight', actions: ['highlight'] },
  // One button per sheet of ours, from the one list of our sheets (the summary comes with "fill" above).
  ...OUR_SHEETS.filter((s) => s.key !== 'summary').map((s) => ({
    id: s.key,
    label: s.label,
    actions: [s.key] as const,
  })),
];

export type MoreProps = {
  readonly lang: Lang;
  readonly analysis: Analysis;
  readonly busy: 'busy' | 'free';
  readonly hasTables: boolean;
  readonly legend: boolean;
  readonly onRun: (actions: Actions, label: string, changes?: Partial<Settings>) => void;
  readonly onScan: () => void;
  readonly onRemove: () => void;
  readonly onSettings: (s: Partial<Settings>) => void;
  readonly onSelect?: (loc: Location) => void;
};

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details className={styles.details} data-section={id}>
      <summary className={styles.summary}>{title}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}

export default function More({
  lang,
  analysis,
  busy,
  hasTables,
  legend,
  onRun,
  onScan,
  onRemove,
  onSettings,
  onSelect,
}: MoreProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const free = busy === 'free';
  const s = analysis.summary;
  return (
    <div className={styles.root}>
      <section className={styles.root} aria-labelledby="actions-heading">
        <h2 id="actions-heading" className={styles.h2}>
          {t('ui.actions.heading')}
        </h2>
        <div className={styles.grid}>
          <Button className={styles.button} disabled={!free} onClick={onScan} data-action="scan">
            {t('ui.scan.again')}
          </Button>
          {/* A sheet that does not apply to this workbook (the many-agencies sheet without a list) has no button. */}
          {BUTTONS.filter((b) => !OUR_SHEETS.some((d) => d.key === b.id) || sheetApplies(b.id as SheetKey, s)).map(
            (b) => (
              <Button
                key={b.id}
                className={styles.button}
                disabled={!hasTables || !free}
                onClick={() => onRun(b.actions, t(b.label))}
                data-action={b.id}
              >
                {t(b.label)}
              </Button>
            ),
          )}
          <Button
            className={styles.button}
            disabled={!free || !hasOurs(analysis)}
            onClick={onRemove}
            data-action="remove"
          >
            {t('ui.action.remove')}
          </Button>
        </div>
        <p className={styles.note}>{t('ui.actions.safe')}</p>
      </section>
      <section className={styles.root} aria-labelledby="details-heading">
        <h2 id="details-heading" className={styles.h2}>
          {t('ui.details.heading')}
        </h2>
        {hasTables && (
          <>
            <Section id="scores" title={t('ui.details.scores')}>
              <ScoresSection lang={lang} summary={s} />
            </Section>
            <Section id="weak" title={t('ui.weak.heading', { count: s.weak.length })}>
              <WeakList lang={lang} weak={s.weak} onSelect={onSelect} />
              {legend && <HighlightLegend lang={lang} thresholds={s.settings.thresholds} />}
            </Section>
            <Section id="whatif" title={t('ui.whatif.heading')}>
              <WhatIfSection
                key={s.weak.map((w) => w.code).join()}
                lang={lang}
                summary={s}
                enabled={free ? 'enabled' : 'disabled'}
                onWrite={(targets) => onRun(['plan', 'planner'], t('ui.whatif.write'), { targets })}
              />
            </Section>
          </>
        )}
        <Section id="found" title={t('ui.details.found', { count: shownIssues(analysis).length })}>
          <FoundSection lang={lang} analysis={analysis} onSelect={onSelect} />
        </Section>
        <Section id="settings" title={t('ui.settings.heading')}>
          <SettingsSection lang={lang} summary={s} busy={busy} onApply={onSettings} />
        </Section>
      </section>
    </div>
  );
}
