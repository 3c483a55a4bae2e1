/** A sheet of ours with every SheetSpec feature the writer renders, charts included (shared by the unit and LibreOffice tests). */
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

const years = [2565, 2566, 2567, 2568];
const overall = [68.41, 70.12, 72.84, 81.5];
const oit = [55, 60, 64.29, 80];

export const CHART_SPEC: SheetSpec = {
  key: 'summary',
  name: 'แนวโน้ม ITA',
  rows: [
    [{ value: 'แนวโน้มคะแนน ITA ย้อนหลัง', style: 'title' }],
    [
      { value: 'ปี', style: 'head' },
      { value: 'คะแนนภาพรวม', style: 'head' },
      { value: 'OIT', style: 'head' },
    ],
    ...years.map((y, i) => [
      { value: String(y) },
      { value: overall[i]!, style: 'num' },
      { value: oit[i]!, style: 'num' },
    ]),
    [
      { value: 'เฉลี่ย' },
      { formula: 'AVERAGE(B3:B6)', value: overall.reduce((a, b) => a + b) / 4, style: 'num' },
      { formula: 'AVERAGE(C3:C6)', value: oit.reduce((a, b) => a + b) / 4, style: 'num' },
    ],
    [
      { value: 'ดูผลที่ ITAS', link: { url: 'https://itas.nacc.go.th/' } },
      { value: 'กลับไปตาราง', link: { sheet: 'แนวโน้ม ITA', cell: 'A2' } },
    ],
  ],
  styles: {
    title: { bold: true, size: 20, color: '#1F4E79' },
    head: { bold: true, fill: '#D9E1F2', border: 'thin', hAlign: 'center' },
    num: { numFmt: '0.00', border: 'thin' },
  },
  baseStyle: { font: 'TH SarabunPSK', size: 16 },
  merges: ['A1:C1'],
  columnWidths: [14, 16, 12],
  conditionalFormats: [{ range: 'B3:B6', formula: 'B3<70', fill: '#FFC7CE', color: '#9C0006', priority: 1 }],
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    fitToHeight: 1,
    area: 'A1:L40',
    rowBreaks: [9],
    header: { center: 'ITA &A' },
    footer: { right: 'หน้า &P / &N' },
    centerHorizontally: true,
    repeatRows: [2, 2],
  },
  freeze: { rows: 2, cols: 0 },
  tabColor: '#2E75B6',
  charts: [
    {
      kind: 'line',
      title: 'คะแนนภาพรวมรายปี',
      categories: 'A3:A6',
      from: 'E2',
      to: 'L18',
      series: [
        { name: 'ภาพรวม', nameCell: 'B2', values: 'B3:B6', color: '#1F4E79' },
        { name: 'OIT', values: 'C3:C6', color: '#C00000' },
      ],
      valueAxis: { min: 0, max: 100, title: 'คะแนน', numFmt: '0' },
      categoryAxisTitle: 'ปีงบประมาณ',
      dataLabels: true,
      legend: 'bottom',
    },
    {
      kind: 'column',
      title: 'OIT',
      categories: 'A3:A6',
      from: 'E20',
      to: 'H36',
      series: [{ name: 'OIT', values: 'C3:C6', color: '#2E75B6' }],
      legend: 'none',
    },
    {
      kind: 'bar',
      categories: 'A3:A6',
      from: 'I20',
      to: 'L36',
      series: [{ name: 'ภาพรวม', values: 'B3:B6' }],
      legend: 'right',
    },
    {
      kind: 'pie',
      title: 'สัดส่วน',
      categories: 'A3:A6',
      from: 'A20',
      to: 'D36',
      series: [{ name: 'OIT', values: 'C3:C6' }],
      dataLabels: true,
    },
  ],
};
