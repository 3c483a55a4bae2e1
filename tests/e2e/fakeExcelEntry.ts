/** Browser entry (bundled by the e2e test with esbuild): a fake Excel over the seed grids, installed as window.Excel before the pane loads. */
import { createFakeExcel, type Scalar } from '../helpers/fakeExcel';
import { seedSnapshot } from '../taskpane/grids';

const fake = createFakeExcel(
  seedSnapshot().sheets.map((s) => ({ name: s.name, rows: s.values.map((r) => r.map((v) => (v === null ? null : (v as Scalar)))) })),
);
const w = window as unknown as { Excel: { run: typeof Excel.run }; __fakeExcel: typeof fake };
w.Excel = { run: fake.run };
w.__fakeExcel = fake;
