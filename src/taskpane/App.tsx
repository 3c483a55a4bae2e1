/**
 * The pane inside Excel: the Fluent provider with the host's theme (followed live), the language (remembered for the
 * user, across workbooks), and the Pane. The page behind the pane takes the theme's background too: no white frame.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../domain/types';
import type { ThemeSource } from './environment';
import { Pane } from './Pane';
import { storeLang } from './prefs';
import type { PaneProps, ThemeName } from './types';

export type AppProps = Omit<PaneProps, 'lang' | 'onLangChange'> & {
  readonly lang: Lang;
  readonly theme: ThemeName;
  /** Follow the host's theme when it changes (Excel: Office's theme; the browser's colour scheme). */
  readonly themeSource?: ThemeSource;
};

/** The theme's page colours on the document itself (body and the browser's own controls). */
export function useDocumentTheme(theme: ThemeName): void {
  useEffect(() => {
    const t = theme === 'dark' ? webDarkTheme : webLightTheme;
    document.documentElement.style.colorScheme = theme;
    document.body.style.backgroundColor = t.colorNeutralBackground1;
    document.body.style.color = t.colorNeutralForeground1;
    document.body.style.margin = '0';
  }, [theme]);
}

export function App({ lang: initialLang, theme: initialTheme, themeSource, ...pane }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<ThemeName>(initialTheme);
  useEffect(() => themeSource?.subscribe(setTheme), [themeSource]);
  useDocumentTheme(theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const onLangChange = (l: Lang): void => {
    storeLang(l);
    setLang(l);
  };
  return (
    <FluentProvider
      theme={theme === 'dark' ? webDarkTheme : webLightTheme}
      lang={lang}
      style={{ minHeight: '100vh' }}
      data-theme={theme}
    >
      <Pane {...pane} lang={lang} onLangChange={onLangChange} />
    </FluentProvider>
  );
}
