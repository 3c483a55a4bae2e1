/** The browser preview: open an .xlsx (picker or drop), the very same Pane over it, a read-only grid, and download. */
import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { OurRule } from '../app/port';
import type { Analysis, Builders } from '../app/workbench';
import { message, type MessageCode } from '../domain/messages';
import type { Lang, WorkbookSnapshot } from '../domain/types';
import { Pane } from '../taskpane/Pane';
import { unexpectedError } from '../taskpane/useWorkbench';
import type { ThemeName, UserMessage } from '../taskpane/types';
import { SheetGrid } from './SheetGrid';
import { InputError, type Opened, type OpenWorkbook } from './types';

const useStyles = makeStyles({
  page: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  bar: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
  body: {
    display: 'grid', gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'start',
    padding: tokens.spacingHorizontalM, flexGrow: 1,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)', padding: 0 },
  },
  pane: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  intro: { margin: tokens.spacingHorizontalM, maxWidth: '60ch' },
  messages: { padding: `0 ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

/** The adapter's refusals (InputError) are catalogue sentences already; anything else is unexpected. */
const describePreviewError = (e: unknown): UserMessage => (e instanceof InputError ? e.user : unexpectedError(e));

export type PreviewAppProps = {
  readonly openWorkbook: OpenWorkbook;
  readonly builders: Builders;
  readonly lang: Lang;
  readonly theme: ThemeName;
};

/** `id` counts opened files: a new file remounts the Pane (fresh state, fresh scan). */
type Loaded = Opened & { readonly id: number; readonly snapshot: WorkbookSnapshot; readonly rules: readonly OurRule[] };
type FileState = { readonly status: 'idle' } | { readonly status: 'opening'; readonly file: string } | { readonly status: 'failed'; readonly error: UserMessage };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PreviewApp({ openWorkbook, builders, lang: initialLang, theme }: PreviewAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [file, setFile] = useState<FileState>({ status: 'idle' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [active, setActive] = useState('');
  const [selected, setSelected] = useState<{ cell: string; seq: number } | null>(null);
  const [dropping, setDropping] = useState<'over' | 'none'>('none');
  const input = useRef<HTMLInputElement>(null);
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);

  const open = useCallback(
    async (f: File) => {
      setFile({ status: 'opening', file: f.name });
      try {
        const opened = await openWorkbook(new Uint8Array(await f.arrayBuffer()), f.name);
        const snapshot = await opened.workbook.read();
        setLoaded((l) => ({ ...opened, id: (l?.id ?? 0) + 1, snapshot, rules: [] }));
        setActive(snapshot.sheets.find((s) => (s.visibility ?? 'visible') === 'visible')?.name ?? '');
        setSelected(null);
        setFile({ status: 'idle' });
      } catch (e) {
        console.error('[ITA Workbench] preview: opening failed', e);
        setFile({ status: 'failed', error: e instanceof InputError ? e.user : { code: 'input.corrupt', params: { file: f.name } } });
      }
    },
    [openWorkbook],
  );

  // The grid follows select() from the pane: switch tab, then scroll to and focus the cell.
  useEffect(() => {
    if (!loaded) return;
    loaded.workbook.onSelect((sheet, cell) => {
      setActive(sheet);
      setSelected((s) => ({ cell, seq: (s?.seq ?? 0) + 1 }));
    });
    return () => loaded.workbook.onSelect(null);
  }, [loaded]);

  const onAnalysis = useCallback(
    (a: Analysis) => {
      if (!loaded) return;
      const wb = loaded.workbook;
      void wb.read().then((snapshot) => setLoaded((l) => (l && l.workbook === wb ? { ...l, snapshot, rules: a.marker?.rules ?? [] } : l)));
    },
    [loaded],
  );

  const download = async (): Promise<void> => {
    if (!loaded) return;
    try {
      const bytes = await loaded.workbook.toBuffer();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = document.createElement('a');
      a.href = url;
      a.download = loaded.fileName.replace(/\.xlsx$/i, '') + '-ita.xlsx';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      console.error('[ITA Workbench] preview: download failed', e);
      setFile({ status: 'failed', error: { code: 'ui.error.unexpected' } });
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>): void => {
    const f = e.target.files?.[0];
    if (f) void open(f);
    e.target.value = '';
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDropping('none');
    const f = e.dataTransfer.files[0];
    if (f) void open(f);
  };

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang}>
      <div
        className={dropping === 'over' ? `${styles.page} ${styles.dropping}` : styles.page}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping('over');
        }}
        onDragLeave={() => setDropping('none')}
        onDrop={onDrop}
      >
        <header className={styles.bar}>
          <h1 className={styles.h1}>{t('ui.title')} · {t('ui.preview.heading')}</h1>
          <input ref={input} id="xlsx-input" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={styles.hidden} onChange={onPick} data-testid="file-input" />
          <Button appearance={loaded ? 'secondary' : 'primary'} onClick={() => input.current?.click()} disabled={file.status === 'opening'} data-testid="open-file">
            {t('ui.preview.open')}
          </Button>
          <span className={styles.hint}>{t('ui.preview.drop')}</span>
          {loaded && (
            <Button onClick={() => void download()} data-testid="download">{t('ui.preview.download')}</Button>
          )}
        </header>
        <div className={styles.messages} role="status" aria-live="polite">
          {file.status === 'opening' && <Spinner size="tiny" label={t('ui.preview.opening', { file: file.file })} labelPosition="after" />}
        </div>
        <div className={styles.messages}>
          {file.status === 'failed' && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{t('ui.error.title')}</MessageBarTitle>
                {t(file.error.code, file.error.params)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {loaded ? (
          <div className={styles.body}>
            <div className={styles.pane}>
              <Pane key={loaded.id} port={loaded.workbook} host="preview" builders={builders} lang={lang} onLangChange={setLang} onAnalysis={onAnalysis} describeError={describePreviewError} />
            </div>
            <SheetGrid
              lang={lang}
              snapshot={loaded.snapshot}
              rules={loaded.rules}
              active={active}
              selected={selected?.cell ?? null}
              selectSeq={selected?.seq ?? 0}
              onActiveChange={(s) => {
                setActive(s);
                setSelected(null);
              }}
            />
          </div>
        ) : (
          <p className={styles.intro}>{t('ui.preview.intro')}</p>
        )}
      </div>
    </FluentProvider>
  );
}
