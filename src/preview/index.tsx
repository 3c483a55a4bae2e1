// Composition root of the browser preview (the pane outside Office). Files are opened, read, analysed and written in
// a Web Worker (worker.ts) where the browser has one; without, through the dynamic import() below. Either way the xlsx
// adapter stays out of anything the pane inside Excel loads (tests/build checks the chunks).
import { createRoot } from 'react-dom/client';
import { langFrom, prefersDark, themeFrom } from '../taskpane/environment';
import { storedLang } from '../taskpane/prefs';
import { PreviewApp } from './PreviewApp';
import type { OpenWorkbook } from './types';
import { workerOpener } from './workerClient';

const loader = (): Promise<typeof import('./loadWorkbook')> =>
  import(/* webpackChunkName: "xlsx-adapter" */ './loadWorkbook');
const onPage: OpenWorkbook = async (bytes, fileName) => (await loader()).openWorkbook(bytes, fileName);
const builders = () => import(/* webpackChunkName: "builders" */ '../app/builders').then((m) => m.defaultBuilders);

const query = new URLSearchParams(window.location.search);
// ?worker=off runs everything on the page (for comparison in the bench).
const useWorker = typeof Worker !== 'undefined' && query.get('worker') !== 'off';
const viaWorker = useWorker
  ? workerOpener(() => new Worker(new URL('./worker.ts', import.meta.url), { name: 'ita-preview' }))
  : null;
const openWorkbook: OpenWorkbook = viaWorker ?? onPage;

const host = document.getElementById('root');
if (!host) throw new Error('preview.html has no #root element');
// ?lang=en|th and ?theme=dark|light override the browser and the remembered language (screenshots, support).
const lang =
  query.get('lang') === 'en' || query.get('lang') === 'th'
    ? langFrom(query.get('lang'))
    : (storedLang() ?? langFrom(navigator.language));
const theme =
  query.get('theme') === 'dark' ? 'dark' : query.get('theme') === 'light' ? 'light' : themeFrom(null, prefersDark());
document.documentElement.lang = lang;
createRoot(host).render(<PreviewApp openWorkbook={openWorkbook} builders={builders} lang={lang} theme={theme} />);
// Warm what opening a file needs while the user looks for one.
window.setTimeout(() => {
  if (viaWorker) viaWorker.warm();
  else
    void loader().catch((e: unknown) => console.error('[ITA Workbench] preview: loading the xlsx adapter failed', e));
}, 500);
