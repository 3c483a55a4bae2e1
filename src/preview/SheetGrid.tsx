/** A read-only grid of the workbook's visible sheets, with tabs; our highlight fills shown; a selected cell scrolled to and focused. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { a1, colName, parseA1 } from '../domain/a1';
import { message } from '../domain/messages';
import type { Cell, Lang, WorkbookSnapshot } from '../domain/types';
import { marksFor, type Mark, type Paint } from './marks';

/** Rendering a DOM table is the cost: show at most this much (score tables are far smaller). */
export const MAX_ROWS = 300;
export const MAX_COLS = 26;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, gap: tokens.spacingVerticalS },
  // Many sheets: the tabs wrap rather than widen the page.
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  current: { borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`, borderRadius: 0 },
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: 'right',
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '2px 6px',
    maxWidth: '280px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    outlineOffset: '-2px',
    ':focus': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type SheetGridProps = {
  readonly lang: Lang;
  readonly snapshot: WorkbookSnapshot;
  /** What our highlight rules paint (null: none written). */
  readonly paint: Paint | null;
  readonly active: string;
  readonly selected: string | null;
  /** Changes with every select() so selecting the same cell again still scrolls to it. */
  readonly selectSeq: number;
  readonly onActiveChange: (sheet: string) => void;
};

function show(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(Math.round(v * 100) / 100);
  return String(v);
}

export function SheetGrid({ lang, snapshot, paint, active, selected, selectSeq, onActiveChange }: SheetGridProps) {
  const styles = useStyles();
  const visible = snapshot.sheets.filter((s) => (s.visibility ?? 'visible') === 'visible');
  const sheet = visible.find((s) => s.name === active) ?? visible[0];
  const marks = useMemo(() => (sheet && paint ? marksFor(sheet.name, paint) : new Map<string, Mark>()), [sheet, paint]);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected || !scroller.current) return;
    const el = scroller.current.querySelector<HTMLElement>(`[data-cell="${selected}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus();
    }
  }, [selected, selectSeq, sheet]);
  if (!sheet) return null;
  // The grid starts at A1 (as in Excel), whatever the used range's origin.
  const rows = Math.min(sheet.origin.row + sheet.values.length, MAX_ROWS);
  const width = sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
  const cols = Math.min(Math.max(sheet.origin.col + width, 1), MAX_COLS);
  const clipped = sheet.origin.row + sheet.values.length > MAX_ROWS || sheet.origin.col + width > MAX_COLS;
  const sel = selected ? parseA1(selected) : null;
  return (
    <section className={styles.root} aria-label={message('ui.preview.grid', lang, { sheet: sheet.name })}>
      {/* Sheet tabs as plain buttons (the current one marked): a list the keyboard walks like any other. */}
      <nav aria-label={message('ui.preview.sheets', lang)}>
        <ul className={styles.tabs}>
          {visible.map((s) => (
            <li key={s.name}>
              <Button
                size="small"
                appearance="subtle"
                aria-current={s.name === sheet.name ? 'true' : undefined}
                className={s.name === sheet.name ? styles.current : undefined}
                onClick={() => onActiveChange(s.name)}
                data-sheet-tab={s.name}
              >
                {s.name}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.scroller} ref={scroller} data-testid="sheet-grid" data-sheet={sheet.name}>
        <table className={styles.table}>
          <thead>
            <tr>
              <td className={styles.corner} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {colName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const addr = a1(r, c);
                  const v = sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col];
                  const mark = marks.get(addr);
                  const isSel = sel !== null && sel.row === r && sel.col === c;
                  const cls = [styles.cell, typeof v === 'number' ? styles.num : '', isSel ? styles.selected : '']
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td
                      key={c}
                      className={cls}
                      data-cell={addr}
                      data-mark={mark ? mark.fill : undefined}
                      tabIndex={isSel ? 0 : -1}
                      style={
                        mark
                          ? { backgroundColor: mark.fill, color: mark.color, fontWeight: mark.bold ? 700 : undefined }
                          : undefined
                      }
                      title={typeof v === 'string' && v.length > 40 ? v : undefined}
                    >
                      {show(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {clipped && <p className={styles.note}>{message('ui.preview.clipped', lang, { rows, cols })}</p>}
    </section>
  );
}
