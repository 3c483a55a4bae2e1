/** The task pane: scan, summary, weak items, actions and settings over one WorkbookPort (Excel or the preview's .xlsx). */
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Action } from '../app/workbench';
import { message } from '../domain/messages';
import type { Settings } from '../domain/settings';
import type { Location } from '../domain/types';
import { ActionsSection } from './ActionsSection';
import { ScanSection } from './ScanSection';
import { SettingsSection } from './SettingsSection';
import { StatusArea } from './StatusArea';
import { SummarySection } from './SummarySection';
import { WhatIfSection } from './WhatIfSection';
import type { PaneProps } from './types';
import { unexpectedError, useWorkbench } from './useWorkbench';
import { WeakList } from './WeakList';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM, minWidth: 0, boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function Pane({ port, builders, lang, onLangChange, describeError = unexpectedError, onAnalysis }: PaneProps) {
  const styles = useStyles();
  const wb = useWorkbench(port, builders, lang, describeError, onAnalysis);
  const [label, setLabel] = useState('');
  const busy = wb.status === 'running' ? 'busy' : 'free';
  const select = port.select;
  const onSelect = useCallback(
    (loc: Location) => {
      if (!select) return;
      select.call(port, loc.sheet, loc.cell).catch(wb.fail);
    },
    [port, select, wb.fail],
  );
  const onRun = (actions: readonly Action[], text: string): void => {
    setLabel(text);
    void wb.runActions(actions);
  };
  const onSettings = (s: Partial<Settings>): void => void wb.applySettings(s);
  const a = wb.analysis;
  const written = wb.lastRun?.plan?.written.map((s) => s.name) ?? [];
  const doneText =
    wb.status !== 'done' ? null
    : Array.isArray(wb.job) ? [message('ui.status.done', lang, { action: label }), written.length ? message('ui.status.sheets', lang, { sheets: written.join(', ') }) : ''].filter(Boolean).join(' · ')
    : message('ui.status.scanned', lang);
  const hasTables = Boolean(a && a.summary.scan.tables.length);
  return (
    <main className={styles.root} lang={lang} aria-busy={wb.status === 'running'}>
      <h1 className={styles.h1}>{message('ui.title', lang)}</h1>
      <StatusArea lang={lang} status={wb.status} step={wb.step} doneText={doneText} error={wb.error} onDismiss={wb.dismissError} />
      {a && (
        <>
          <ScanSection lang={lang} analysis={a} busy={busy} onScan={() => void wb.scan()} onSettings={onSettings} onSelect={select ? onSelect : undefined} />
          {hasTables && (
            <>
              <Divider />
              <SummarySection lang={lang} summary={a.summary} />
              <Divider />
              <WeakList lang={lang} weak={a.summary.weak} onSelect={select ? onSelect : undefined} />
              <Divider />
              <WhatIfSection
                key={a.summary.weak.map((w) => w.code).join()}
                lang={lang}
                summary={a.summary}
                enabled={busy === 'free' ? 'enabled' : 'disabled'}
                onWrite={(targets) => { setLabel(message('ui.whatif.write', lang)); void wb.runWith(['plan', 'planner'], { targets }); }}
              />
            </>
          )}
          <Divider />
          <ActionsSection
            lang={lang}
            enabled={hasTables && busy === 'free' ? 'enabled' : 'disabled'}
            legend={a.marker?.rules.length ? 'shown' : 'hidden'}
            thresholds={a.summary.settings.thresholds}
            onRun={onRun}
          />
          <Divider />
          <SettingsSection
            lang={lang}
            settings={a.summary.settings}
            planYear={a.summary.planYear}
            busy={busy}
            onApply={onSettings}
            onLangChange={onLangChange}
          />
        </>
      )}
    </main>
  );
}
