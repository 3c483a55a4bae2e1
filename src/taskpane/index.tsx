// Composition root of the pane inside Excel: Office.onReady → office port → <App host="excel" />. Until then
// taskpane.html shows its own loading state (no blank page). Nothing here may reach the xlsx adapter (the build test
// checks the taskpane chunks), and the sheet builders come in a lazy chunk: the first screen does not need them.
import { createRoot } from 'react-dom/client';
import { createOfficePort } from '../adapters/office/officePort';
import { App } from './App';
import { loadAnalysis } from './engine';
import { langFrom, liveTheme } from './environment';
import { storedLang } from './prefs';

const builders = () => import(/* webpackChunkName: "builders" */ '../app/builders').then((m) => m.defaultBuilders);

function mount(): void {
  const host = document.getElementById('root');
  if (!host) throw new Error('taskpane.html has no #root element');
  const ctx = Office.context;
  // The language the user chose last (any workbook), else Office's display language.
  const lang = storedLang() ?? langFrom(ctx?.displayLanguage);
  document.documentElement.lang = lang;
  // officeTheme is missing on Excel on the web: the browser's prefers-color-scheme decides there.
  const themeSource = liveTheme(() => Office.context?.officeTheme);
  createRoot(host).render(
    <App
      port={createOfficePort()}
      host="excel"
      builders={builders}
      lang={lang}
      theme={themeSource.current()}
      themeSource={themeSource}
    />,
  );
  // Warm the chunk an action needs while the user reads the result.
  window.setTimeout(() => void builders().catch(() => undefined), 1_500);
}

// The analysis code comes while Office gets ready (see engine.ts loadAnalysis).
void loadAnalysis().catch(() => undefined);
// office.js is loaded by taskpane.html before this bundle.
void Office.onReady().then(mount);
