/** A workbook without an ITA table: a short guide, the sample (inserted where Excel can, else downloaded), the guide's link. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { Lang } from '../domain/types';
import { TextLink } from './TextLink';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type FirstRunProps = {
  readonly lang: Lang;
  readonly busy: 'busy' | 'free';
  /** Insert the sample's sheets into this workbook (or open it, in the preview); absent: the host cannot. */
  readonly onSample?: () => void;
  readonly sampleUrl: string;
  readonly helpUrl: string;
  readonly onScan: () => void;
};

export function FirstRun({ lang, busy, onSample, sampleUrl, helpUrl, onScan }: FirstRunProps) {
  const styles = useStyles();
  const t = (code: MessageCode): string => message(code, lang);
  return (
    <section className={styles.card} aria-labelledby="first-heading" data-testid="first-run">
      <h2 id="first-heading" className={styles.h2}>
        {t('ui.first.heading')}
      </h2>
      <p className={styles.p}>{t('ui.first.lead')}</p>
      <ol className={styles.steps}>
        <li>{t('ui.first.step1')}</li>
        <li>{t('ui.first.step2')}</li>
        <li>{t('ui.first.step3')}</li>
      </ol>
      <div className={styles.buttons}>
        <Button onClick={onScan} disabled={busy === 'busy'}>
          {t('ui.scan.again')}
        </Button>
      </div>
      <p className={styles.p}>{t(onSample ? 'ui.first.sample' : 'ui.first.sampleDownload')}</p>
      <div className={styles.buttons}>
        {onSample ? (
          <Button appearance="primary" onClick={onSample} disabled={busy === 'busy'} data-testid="insert-sample">
            {t('ui.action.sample')}
          </Button>
        ) : (
          <TextLink href={sampleUrl} download>
            {t('ui.action.sampleDownload')}
          </TextLink>
        )}
        <TextLink href={helpUrl} target="_blank" rel="noopener noreferrer">
          {t('ui.help')}
        </TextLink>
      </div>
    </section>
  );
}
