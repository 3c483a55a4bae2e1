import { createOfficePort } from '../../../src/adapters/office/officePort';
import { pointsToChars } from '../../../src/adapters/office/renderSheet';
import { runPortContract } from '../../contract/portContract';
import { createFakeExcel } from '../../helpers/fakeExcel';

// The shared contract over the office adapter, run against the typed fake (state persists across "rereads").
runPortContract('office-js (typed fake)', async (sheets) => {
  const fake = createFakeExcel(sheets);
  const open = () => createOfficePort(fake.run, fake.host);
  return {
    port: open(),
    reread: async () => open(),
    probe: {
      ruleCount: async (name) => fake.sheet(name).rules.length,
      mergedRanges: async (name) => [...fake.sheet(name).merges],
      columnWidth: async (name, col) => {
        const pts = fake.sheet(name).columnWidths.get(col);
        return pts === undefined ? undefined : pointsToChars(pts);
      },
    },
  };
});
