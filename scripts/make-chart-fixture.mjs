// Builds tests/fixtures/chart-with-scores.xlsx: the seed's item scores as a flat list plus a bar chart,
// written by LibreOffice (a real chart part that exceljs would drop). Run: node scripts/make-chart-fixture.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scores = {
  i1: 92,
  i2: 88.57,
  i3: 100,
  i4: 92,
  i5: 94.86,
  i6: 97.71,
  i7: 94.29,
  i8: 95.43,
  i9: 97.14,
  i10: 69.14,
  i11: 95.43,
  i12: 78.29,
  i13: 90.86,
  i14: 87.43,
  i15: 85.14,
  e1: 91.76,
  e2: 90.59,
  e3: 100,
  e4: 90.98,
  e5: 90.98,
  e6: 90.59,
  e7: 88.63,
  e8: 89.02,
  e9: 54.9,
};
for (let k = 1; k <= 35; k++)
  scores[`o${k}`] = [2, 9, 12, 13, 15, 17, 18, 19, 21, 22, 25, 26, 28, 30, 34].includes(k)
    ? 0
    : [8, 14, 16, 24].includes(k)
      ? 50
      : 100;
const fods = readFileSync('tests/fixtures/chart-workbook.fods', 'utf8');
const str = (s) => `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
const num = (n) =>
  `<table:table-cell office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell>`;
const rows = [
  `<table:table-row>${str('ข้อ')}${str('คะแนน')}</table:table-row>`,
  ...Object.entries(scores).map(([c, v]) => `<table:table-row>${str(c)}${num(v)}</table:table-row>`),
];
const table = `<table:table table:name="รายข้อ ปี 2567">${rows.join('')}</table:table>`;
const out = fods.replace('</office:spreadsheet>', `${table}</office:spreadsheet>`);
const dir = mkdtempSync(join(tmpdir(), 'ita-fixture-'));
writeFileSync(join(dir, 'chart-with-scores.fods'), out);
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx',
    '--outdir',
    dir,
    join(dir, 'chart-with-scores.fods'),
  ],
  { stdio: 'inherit' },
);
copyFileSync(join(dir, 'chart-with-scores.xlsx'), 'tests/fixtures/chart-with-scores.xlsx');
console.log('wrote tests/fixtures/chart-with-scores.xlsx');
