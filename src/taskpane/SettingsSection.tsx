/** Settings: plan year, weak-item thresholds, Thai digits, language. Remembered in the workbook with every action. */
import { Button, Field, Input, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { message, type MessageCode } from '../domain/messages';
import type { Settings, Thresholds } from '../domain/settings';
import type { Lang } from '../domain/types';

const useStyles = makeStyles({
  // Fluent's Input has an intrinsic width; let it shrink to the narrow pane.
  input: { minWidth: 0, width: '100%' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = ['oitWeakBelow', 'oitCriticalAtOrBelow', 'surveyWeakBelow', 'surveyCriticalBelow'];

export type SettingsSectionProps = {
  readonly lang: Lang;
  readonly settings: Settings;
  /** The plan year in effect (default: assessment year + 1). */
  readonly planYear: number;
  readonly busy: 'busy' | 'free';
  readonly onApply: (s: Partial<Settings>) => void;
  readonly onLangChange: (lang: Lang) => void;
};

export function SettingsSection({ lang, settings, planYear, busy, onApply, onLangChange }: SettingsSectionProps) {
  const styles = useStyles();
  const t = (code: MessageCode): string => message(code, lang);
  const [plan, setPlan] = useState(String(planYear));
  const [th, setTh] = useState<Record<keyof Thresholds, string>>(() => toText(settings.thresholds));
  useEffect(() => setPlan(String(planYear)), [planYear]);
  useEffect(() => setTh(toText(settings.thresholds)), [settings.thresholds]);
  const planOk = /^\d{4}$/.test(plan.trim());
  const numOk = (s: string): boolean => s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) >= 0 && Number(s) <= 100;
  const allOk = planOk && THRESHOLD_KEYS.every((k) => numOk(th[k]));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!allOk) return;
    const thresholds = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, Number(th[k])])) as Thresholds;
    onApply({ planYear: Number(plan), thresholds });
  };
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={styles.h2}>{t('ui.settings.heading')}</h2>
      <Field label={t('ui.settings.lang')}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => onLangChange(d.value === 'en' ? 'en' : 'th')}>
          <Radio value="th" label="ไทย" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Switch
        label={t('ui.settings.thaiDigits')}
        checked={settings.thaiDigits}
        disabled={busy === 'busy'}
        onChange={(_, d) => onApply({ thaiDigits: d.checked })}
      />
      <form onSubmit={submit} className={styles.root}>
        <Field
          label={t('ui.settings.planYear')}
          validationState={planOk ? 'none' : 'error'}
          validationMessage={planOk ? undefined : t('ui.settings.badYear')}
        >
          <Input className={styles.input} value={plan} onChange={(_, d) => setPlan(d.value)} inputMode="numeric" />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('ui.settings.thresholds')}</legend>
          {THRESHOLD_KEYS.map((k) => (
            <Field
              key={k}
              label={t(`ui.settings.${k}`)}
              validationState={numOk(th[k]) ? 'none' : 'error'}
              validationMessage={numOk(th[k]) ? undefined : t('ui.settings.badNumber')}
            >
              <Input className={styles.input} value={th[k]} onChange={(_, d) => setTh((x) => ({ ...x, [k]: d.value }))} inputMode="decimal" />
            </Field>
          ))}
        </fieldset>
        <Button type="submit" disabled={!allOk || busy === 'busy'}>{t('ui.settings.apply')}</Button>
      </form>
      <p className={styles.note}>{t('ui.settings.remembered')}</p>
    </section>
  );
}

function toText(t: Thresholds): Record<keyof Thresholds, string> {
  return { oitWeakBelow: String(t.oitWeakBelow), oitCriticalAtOrBelow: String(t.oitCriticalAtOrBelow), surveyWeakBelow: String(t.surveyWeakBelow), surveyCriticalBelow: String(t.surveyCriticalBelow) };
}
