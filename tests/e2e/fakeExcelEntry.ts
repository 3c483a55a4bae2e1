/**
 * Browser entry (bundled by the e2e tests with esbuild): a fake Excel over the seed grids (or an empty workbook),
 * installed as window.Excel before the pane loads. `window.__fakeSetup`, set by an earlier init script, chooses the
 * workbook, the host's ExcelApi version and limits, and the sheets insertWorksheetsFromBase64 inserts (the fake
 * cannot read a package: the test reads the sample with the xlsx adapter in Node and hands the sheets over).
 */
import { createFakeExcel, modelOf, type Scalar } from '../helpers/fakeExcel';
import { seedSnapshot } from '../taskpane/grids';

type Sheet = { name: string; rows: (Scalar | null)[][] };
type Setup = {
  workbook?: 'seed' | 'empty';
  excelApi?: number;
  payloadLimit?: number;
  sample?: Sheet[];
  sampleBytes?: number;
  /** What Office tells the add-in about the user (outside Office, office.js knows neither). */
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor: string };
};
const w = window as unknown as {
  __fakeSetup?: Setup;
  Excel: { run: typeof Excel.run };
  __fakeExcel: ReturnType<typeof createFakeExcel>;
  __model: () => string;
};
const setup = w.__fakeSetup ?? {};

const seed = seedSnapshot().sheets.map((s) => ({
  name: s.name,
  rows: s.values.map((r) => r.map((v) => (v === null ? null : (v as Scalar)))),
}));
const fake = createFakeExcel(setup.workbook === 'empty' ? [{ name: 'Sheet1', rows: [] }] : seed, {
  ...(setup.excelApi !== undefined ? { excelApi: setup.excelApi } : {}),
  ...(setup.payloadLimit !== undefined ? { payloadLimit: setup.payloadLimit } : {}),
});
if (setup.sample) {
  const sample = setup.sample;
  fake.readXlsx = (bytes) => {
    // What the pane sends must be the sample's own bytes (an .xlsx: a zip, of the sample's size).
    if (
      bytes[0] !== 0x50 ||
      bytes[1] !== 0x4b ||
      (setup.sampleBytes !== undefined && bytes.length !== setup.sampleBytes)
    )
      throw new Error('not the sample workbook');
    return sample;
  };
}
w.Excel = { run: fake.run };
w.__fakeExcel = fake;
w.__model = () => JSON.stringify(modelOf(fake));

// Outside Office, office.js gives a context without requirements, display language or theme. Once office.js has run
// (the document is parsed; the pane's deferred bundle has not run yet), Office.onReady is wrapped so that the
// context the pane reads speaks for the simulated host: its ExcelApi sets, the user's language and theme.
document.addEventListener('readystatechange', () => {
  const office = (window as unknown as { Office?: typeof Office }).Office;
  if (document.readyState !== 'interactive' || !office) return;
  const ready = office.onReady.bind(office);
  const patch = (): void => {
    const ctx = office.context as unknown as Record<string, unknown>;
    Object.defineProperty(ctx, 'requirements', {
      value: { isSetSupported: fake.host.isSetSupported },
      configurable: true,
    });
    if (setup.displayLanguage)
      Object.defineProperty(ctx, 'displayLanguage', { value: setup.displayLanguage, configurable: true });
    if (setup.officeTheme)
      Object.defineProperty(ctx, 'officeTheme', {
        value: { ...setup.officeTheme },
        configurable: true,
        writable: true,
      });
  };
  (office as unknown as { onReady: (cb?: (i: unknown) => unknown) => Promise<unknown> }).onReady = (cb) =>
    ready().then((info) => {
      patch();
      return cb ? cb(info) : info;
    });
});
