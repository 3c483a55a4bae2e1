/** The pane's "click → Excel selects the cell": the office port activates the sheet and selects the cell, in one sync. */
import { describe, expect, it } from 'vitest';
import { createOfficePort } from '../../../src/adapters/office/officePort';
import { createFakeExcel } from '../../helpers/fakeExcel';

describe('office port select', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = createFakeExcel([
      { name: 'ก', rows: [['x']] },
      { name: 'รายข้อ', rows: [['o34', 0]] },
    ]);
    const port = createOfficePort(fake.run, { isSetSupported: () => true });
    const before = fake.syncCount;
    await port.select!('รายข้อ', 'B1');
    expect(fake.selection).toEqual({ sheet: 'รายข้อ', address: 'B1' });
    expect(fake.syncCount - before).toBe(1);
  });
  it('a sheet that is gone becomes our message, not a raw error', async () => {
    const fake = createFakeExcel([{ name: 'ก', rows: [['x']] }]);
    const port = createOfficePort(fake.run, { isSetSupported: () => true });
    await expect(port.select!('ไม่มี', 'A1')).rejects.toMatchObject({ code: expect.stringMatching(/^office\./) });
  });
});
