/** The pane's title bar: name and version, the user guide, and the language switch (remembered for the user). */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { message } from '../domain/messages';
import type { Lang } from '../domain/types';
import { TextLink } from './TextLink';
import { VERSION } from './version';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  brand: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, minWidth: 0 },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  version: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export type HeaderProps = {
  readonly lang: Lang;
  readonly helpUrl: string;
  readonly onLangChange: (lang: Lang) => void;
};

export function Header({ lang, helpUrl, onLangChange }: HeaderProps) {
  const styles = useStyles();
  const other: Lang = lang === 'th' ? 'en' : 'th';
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <h1 className={styles.h1} id="pane-title">
          {message('ui.title', lang)}
        </h1>
        <span className={styles.version} data-testid="version">
          {message('ui.version', lang, { version: VERSION })}
        </span>
      </div>
      <div className={styles.tools}>
        <TextLink href={helpUrl} target="_blank" rel="noopener noreferrer">
          {message('ui.help', lang)}
        </TextLink>
        <Button
          size="small"
          appearance="outline"
          lang={other}
          onClick={() => onLangChange(other)}
          data-testid="lang-switch"
        >
          {message('ui.lang.other', lang)}
        </Button>
      </div>
    </header>
  );
}
