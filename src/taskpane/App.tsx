/** The pane inside Excel: Fluent provider with the host's theme, the language state, and the Pane. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookPort } from '../app/port';
import type { Builders } from '../app/workbench';
import type { Lang } from '../domain/types';
import { Pane } from './Pane';
import type { DescribeError, Host, ThemeName } from './types';

export type AppProps = {
  readonly port: WorkbookPort;
  readonly host: Host;
  readonly builders: Builders;
  readonly lang: Lang;
  readonly theme: ThemeName;
  readonly describeError?: DescribeError;
};

export function App({ port, host, builders, lang: initialLang, theme, describeError }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang} style={{ minHeight: '100vh' }}>
      <Pane port={port} host={host} builders={builders} lang={lang} onLangChange={setLang} describeError={describeError} />
    </FluentProvider>
  );
}
