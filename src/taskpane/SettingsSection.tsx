/**
 * Settings: assessment year, agency, plan year, weak-item thresholds, Thai digits in our sheets. Every number field
 * takes Thai digits (๒๕๖๗) as well. Applying analyses the workbook read last again (no new read); the settings are
 * remembered in the workbook with the next action. The language is the user's own (the header switches it).
 */
import { Button, Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { message, type MessageCode } from '../domain/messages';
import type { Settings, Thresholds } from '../domain/settings';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { typedNumber, typedYear } from './format';

const useStyles = makeStyles({
  // Fluent's Input has an intrinsic width; let it shrink to the narrow pane.
  input: { minWidth: 0, width: '100%' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)', gap: tokens.spacingHorizontalS },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = [
  'oitWeakBelow',
  'oitCriticalAtOrBelow',
  'surveyWeakBelow',
  'surveyCriticalBelow',
];

export type SettingsSectionProps = {
  readonly lang: Lang;
  readonly summary: Summary;
  readonly busy: 'busy' | 'free';
  readonly onApply: (s: Partial<Settings>) => void;
};

const percent = (s: string): number | null => {
  const n = typedNumber(s);
  return n !== null && n >= 0 && n <= 100 ? n : null;
};

export function SettingsSection({ lang, summary, busy, onApply }: SettingsSectionProps) {
  const styles = useStyles();
  const t = (code: MessageCode): string => message(code, lang);
  const settings = summary.settings;
  const [year, setYear] = useState(String(summary.year));
  const [agency, setAgency] = useState(summary.agency ?? '');
  const [plan, setPlan] = useState(String(summary.planYear));
  const [th, setTh] = useState<Record<keyof Thresholds, string>>(() => toText(settings.thresholds));
  useEffect(() => setYear(String(summary.year)), [summary.year]);
  useEffect(() => setAgency(summary.agency ?? ''), [summary.agency]);
  useEffect(() => setPlan(String(summary.planYear)), [summary.planYear]);
  useEffect(() => setTh(toText(settings.thresholds)), [settings.thresholds]);
  const yearOk = typedYear(year) !== null;
  // The plan year goes with the settings only when the user changed it (else it follows the assessment year + 1).
  const planChanged = plan.trim() !== String(summary.planYear);
  const planOk =
    !planChanged || (typedYear(plan) !== null && (typedYear(year) === null || typedYear(plan)! > typedYear(year)!));
  const allOk = yearOk && planOk && THRESHOLD_KEYS.every((k) => percent(th[k]) !== null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!allOk) return;
    const thresholds = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, percent(th[k])])) as unknown as Thresholds;
    onApply({
      year: typedYear(year)!,
      ...(planChanged ? { planYear: typedYear(plan)! } : {}),
      thresholds,
      ...(agency.trim() ? { agency: agency.trim() } : {}),
    });
  };
  return (
    <>
      <form onSubmit={submit} className={styles.form}>
        <div className={styles.row}>
          <Field
            label={t('ui.settings.year')}
            validationState={yearOk ? 'none' : 'error'}
            validationMessage={yearOk ? undefined : t('ui.settings.badYear')}
          >
            <Input className={styles.input} value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
          </Field>
          <Field label={t('ui.settings.agency')}>
            <Input className={styles.input} value={agency} onChange={(_, d) => setAgency(d.value)} />
          </Field>
        </div>
        <Field
          label={t('ui.settings.planYear')}
          validationState={planOk ? 'none' : 'error'}
          validationMessage={
            planOk ? undefined : t(typedYear(plan) === null ? 'ui.settings.badYear' : 'ui.settings.badPlanYear')
          }
        >
          <Input className={styles.input} value={plan} onChange={(_, d) => setPlan(d.value)} inputMode="numeric" />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('ui.settings.thresholds')}</legend>
          {THRESHOLD_KEYS.map((k) => (
            <Field
              key={k}
              label={t(`ui.settings.${k}`)}
              validationState={percent(th[k]) !== null ? 'none' : 'error'}
              validationMessage={percent(th[k]) !== null ? undefined : t('ui.settings.badNumber')}
            >
              <Input
                className={styles.input}
                value={th[k]}
                onChange={(_, d) => setTh((x) => ({ ...x, [k]: d.value }))}
                inputMode="decimal"
              />
            </Field>
          ))}
        </fieldset>
        <Button type="submit" disabled={!allOk || busy === 'busy'}>
          {t('ui.settings.apply')}
        </Button>
      </form>
      <Switch
        label={t('ui.settings.thaiDigits')}
        checked={settings.thaiDigits}
        disabled={busy === 'busy'}
        onChange={(_, d) => onApply({ thaiDigits: d.checked })}
      />
      <p className={styles.note}>{t('ui.settings.remembered')}</p>
    </>
  );
}

function toText(t: Thresholds): Record<keyof Thresholds, string> {
  return {
    oitWeakBelow: String(t.oitWeakBelow),
    oitCriticalAtOrBelow: String(t.oitCriticalAtOrBelow),
    surveyWeakBelow: String(t.surveyWeakBelow),
    surveyCriticalBelow: String(t.surveyCriticalBelow),
  };
}
