// @vitest-environment jsdom
/** A reviewer pastes NACC's published list into a workbook and presses one button in the pane (the preview runs the same pane). */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateAgency, naccListGrid } from '../../../scripts/agencyWorkbooks';
import { defaultBuilders } from '../../../src/app/builders';
import { message } from '../../../src/domain/messages';
import type { Cell } from '../../../src/domain/types';
import { App } from '../../../src/taskpane/App';
import { resetUndoWarned } from '../../../src/taskpane/prefs';
import { memoryPort } from '../../taskpane/memoryPort';
import '../../helpers/paneDom';

afterEach(cleanup);
// Before each test, not after: another pane test file may have run in this worker first (the fast loop shares modules).
beforeEach(resetUndoWarned);

/** The pane says once a session that Excel cannot undo a write: confirm it. */
async function confirmWrite(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByTestId('confirm'));
}

const list = Array.from({ length: 40 }, (_, i) => {
  const g = generateAgency(i, 9);
  return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
});

describe('the pane over a workbook holding a published list of 40 agencies', () => {
  it('one warning line (the list found), not one per missing indicator; one button writes the consolidated sheet', async () => {
    const port = memoryPort({
      sheets: [
        {
          name: 'ผลการประเมิน',
          origin: { row: 0, col: 0 },
          values: naccListGrid(list, { thaiDigits: true }) as Cell[][],
        },
      ],
    });
    const user = userEvent.setup();
    render(<App port={port} host="excel" builders={defaultBuilders} lang="en" theme="light" />);
    await screen.findByText(message('ui.status.scanned', 'en'));
    // The warnings are one click away (details, collapsed).
    await user.click(await screen.findByText(/^Tables found and warnings/, { selector: 'summary' }));
    expect(screen.getByRole('heading', { name: 'Warnings (1)' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('A list of 40 agencies at ผลการประเมิน!A5:H46');
    await user.click(screen.getByRole('button', { name: message('ui.action.consolidated', 'en') }));
    await confirmWrite(user);
    await screen.findByText(/Done: Many agencies/);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0]!.addSheets.map((s) => s.name)).toEqual(['ITA Agencies']);
    expect(port.writes[0]!.addSheets[0]!.rows.flat().filter((c) => c?.link && 'sheet' in c.link)).toHaveLength(40);
  });

  it('the primary action writes the consolidated sheet alone', async () => {
    const port = memoryPort({
      sheets: [{ name: 'ผลการประเมิน', origin: { row: 0, col: 0 }, values: naccListGrid(list) as Cell[][] }],
    });
    const user = userEvent.setup();
    render(<App port={port} host="excel" builders={defaultBuilders} lang="th" theme="light" />);
    await screen.findByText(message('ui.status.scanned', 'th'));
    await user.click(screen.getByRole('button', { name: message('ui.action.primary', 'th') }));
    await confirmWrite(user);
    await screen.findByText(/เสร็จแล้ว/);
    expect(port.writes[0]!.addSheets.map((s) => s.name)).toEqual(['ITA หลายหน่วยงาน']);
  });
});
