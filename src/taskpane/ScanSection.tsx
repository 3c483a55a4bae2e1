/** What the scan found: tables, assessment year and agency (editable), and every warning with a link to its cell. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { Analysis } from '../app/workbench';
import { message, type MessageCode } from '../domain/messages';
import type { Settings } from '../domain/settings';
import type { Lang, Location } from '../domain/types';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  // Fluent's Input has an intrinsic width; let it shrink to the narrow pane.
  input: { minWidth: 0, width: '100%' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  year: { width: '96px' },
  empty: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export type ScanSectionProps = {
  readonly lang: Lang;
  readonly analysis: Analysis;
  readonly busy: 'busy' | 'free';
  readonly onScan: () => void;
  readonly onSettings: (s: Partial<Settings>) => void;
  readonly onSelect?: (loc: Location) => void;
};

export function ScanSection({ lang, analysis, busy, onScan, onSettings, onSelect }: ScanSectionProps) {
  const styles = useStyles();
  const { summary } = analysis;
  const scan = summary.scan;
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const [year, setYear] = useState(String(summary.year));
  const [agency, setAgency] = useState(summary.agency ?? '');
  useEffect(() => setYear(String(summary.year)), [summary.year]);
  useEffect(() => setAgency(summary.agency ?? ''), [summary.agency]);
  const yearOk = /^\d{4}$/.test(year.trim()) && Number(year) >= 2500 && Number(year) <= 2700;
  const changed = String(summary.year) !== year.trim() || (summary.agency ?? '') !== agency.trim();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!yearOk) return;
    onSettings({ year: Number(year), ...(agency.trim() ? { agency: agency.trim() } : {}) });
  };
  return (
    <section className={styles.root} aria-labelledby="scan-heading">
      <div className={styles.head}>
        <h2 id="scan-heading" className={styles.h2}>{t('ui.scan.heading')}</h2>
        <Button size="small" onClick={onScan} disabled={busy === 'busy'}>{t('ui.scan.again')}</Button>
      </div>
      {scan.tables.length === 0 ? (
        <p className={styles.empty} role="note">{t('ui.empty')}</p>
      ) : (
        <ul className={styles.tables}>
          {scan.tables.map((tb, k) => (
            <li key={k}>
              {t(tb.kind === 'items' ? 'ui.scan.tableItems' : 'ui.scan.tableIndicators')}: {tb.sheet}!{tb.range}
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={submit}>
        <div className={styles.row}>
          <Field
            className={styles.year}
            label={t('ui.settings.year')}
            validationState={yearOk ? 'none' : 'error'}
            validationMessage={yearOk ? undefined : t('ui.settings.badYear')}
          >
            <Input className={styles.input} value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
          </Field>
          <Field className={styles.grow} label={t('ui.settings.agency')}>
            <Input className={styles.input} value={agency} onChange={(_, d) => setAgency(d.value)} />
          </Field>
        </div>
        {changed && (
          <Button type="submit" appearance="primary" disabled={!yearOk || busy === 'busy'}>{t('ui.settings.apply')}</Button>
        )}
      </form>
      <h3 className={styles.h3}>{t('ui.warnings.heading', { count: analysis.issues.length })}</h3>
      <IssueList lang={lang} issues={analysis.issues} onSelect={onSelect} />
    </section>
  );
}
