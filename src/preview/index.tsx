// Composition root of the browser preview (the pane outside Office). The xlsx adapter is reached only through the dynamic
// import() below, so it stays in a lazy chunk that the pane inside Excel never loads (tests/build checks the chunks).
import { createRoot } from 'react-dom/client';
import { defaultBuilders } from '../app/builders';
import { langFrom, prefersDark, themeFrom } from '../taskpane/environment';
import { PreviewApp } from './PreviewApp';
import type { OpenWorkbook } from './types';

const loader = (): Promise<typeof import('./loadWorkbook')> => import(/* webpackChunkName: "xlsx-adapter" */ './loadWorkbook');

const openWorkbook: OpenWorkbook = async (bytes, fileName) => (await loader()).openWorkbook(bytes, fileName);

const host = document.getElementById('root');
if (!host) throw new Error('preview.html has no #root element');
// ?lang=en|th and ?theme=dark|light override the browser (handy for screenshots and support).
const query = new URLSearchParams(window.location.search);
const lang = langFrom(query.get('lang') ?? navigator.language);
const theme = query.get('theme') === 'dark' ? 'dark' : query.get('theme') === 'light' ? 'light' : themeFrom(null, prefersDark());
document.documentElement.lang = lang;
createRoot(host).render(<PreviewApp openWorkbook={openWorkbook} builders={defaultBuilders} lang={lang} theme={theme} />);
// Warm the lazy chunk while the user looks for a file: opening is then immediate.
window.setTimeout(() => void loader().catch((e: unknown) => console.error('[ITA Workbench] preview: loading the xlsx adapter failed', e)), 500);
