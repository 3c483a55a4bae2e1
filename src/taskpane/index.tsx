// Composition root of the pane inside Excel: Office.onReady → office port → <App host="excel" />.
// Nothing here may reach the xlsx adapter (the build test checks the taskpane chunk): the preview has its own root.
import { createRoot } from 'react-dom/client';
import { UserFacingError } from '../adapters/office/errors';
import { createOfficePort } from '../adapters/office/officePort';
import { defaultBuilders } from '../app/builders';
import { App } from './App';
import { langFrom, prefersDark, themeFrom } from './environment';
import type { DescribeError } from './types';

/** Office failures arrive from the adapter as UserFacingError (already mapped by toUserError); anything else is a bug. */
const describeError: DescribeError = (e) => (e instanceof UserFacingError ? { code: e.code, params: e.params } : { code: 'ui.error.unexpected' });

function mount(): void {
  const host = document.getElementById('root');
  if (!host) throw new Error('taskpane.html has no #root element');
  const ctx = Office.context;
  const lang = langFrom(ctx?.displayLanguage);
  document.documentElement.lang = lang;
  // officeTheme is missing on Excel on the web: themeFrom falls back to prefers-color-scheme.
  const theme = themeFrom(ctx?.officeTheme, prefersDark());
  createRoot(host).render(<App port={createOfficePort()} host="excel" builders={defaultBuilders} lang={lang} theme={theme} describeError={describeError} />);
}

// office.js is loaded by taskpane.html before this bundle.
void Office.onReady().then(mount);
