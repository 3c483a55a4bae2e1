// PLACEHOLDER entry of the browser preview (the pane outside Office), so the packaging builds; the UI engineer replaces it.
// Keep the contract: exceljs is only ever loaded with a dynamic import(), so it stays in a lazy chunk that the
// pane inside Excel never loads (tests/build/webpack.test.ts checks the build's chunks).
import { createRoot } from 'react-dom/client';

function Placeholder() {
  const load = async (): Promise<void> => {
    const { default: ExcelJS } = await import('exceljs');
    console.info('exceljs loaded', typeof ExcelJS.Workbook);
  };
  return (
    <main>
      <h1>ITA Workbench (preview)</h1>
      <button type="button" onClick={() => void load()}>
        Load exceljs
      </button>
    </main>
  );
}

const host = document.getElementById('root');
if (!host) throw new Error('preview.html has no #root element');
createRoot(host).render(<Placeholder />);
