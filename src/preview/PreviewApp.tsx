/**
 * The browser preview: open an .xlsx (picker, drop, or the sample), the very same Pane over it, a read-only grid,
 * and download. The page is one main landmark; the pane inside it is a region. Reading, analysing and writing run
 * in a Web Worker when the browser has one (workerClient.ts), so a large file never freezes the page.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Analysis } from '../app/analysis';
import type { BuildersSource } from '../taskpane/engine';
import { message, type MessageCode } from '../domain/messages';
import type { Lang, WorkbookSnapshot } from '../domain/types';
import { useDocumentTheme } from '../taskpane/App';
import { Pane } from '../taskpane/Pane';
import { storeLang } from '../taskpane/prefs';
import { describeError, type UserMessage } from '../app/userError';
import type { ThemeName } from '../taskpane/types';
import type { Paint } from './marks';
import { SheetGrid } from './SheetGrid';
import type { Opened, OpenWorkbook } from './types';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)', padding: 0 },
  },
  pane: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  intro: {
    margin: tokens.spacingHorizontalM,
    maxWidth: '60ch',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
  },
  p: { margin: 0 },
  messages: {
    padding: `0 ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
});

export type PreviewAppProps = {
  readonly openWorkbook: OpenWorkbook;
  readonly builders: BuildersSource;
  readonly lang: Lang;
  readonly theme: ThemeName;
  /** Where the sample workbook is served (the "open the sample" button). */
  readonly sampleUrl?: string;
};

/** `id` counts opened files: a new file remounts the Pane (fresh state, fresh scan). */
type Loaded = Opened & { readonly id: number; readonly snapshot: WorkbookSnapshot; readonly paint: Paint | null };
type FileState =
  | { readonly status: 'idle' }
  | { readonly status: 'opening'; readonly file: string }
  | { readonly status: 'failed'; readonly error: UserMessage };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SAMPLE_NAME = 'ita-2567-sample.xlsx';

/** What our rules paint, from the analysis of the workbook as it is now (marks.ts). */
function paintOf(a: Analysis): Paint | null {
  const rules = a.marker?.rules ?? [];
  return rules.length
    ? { rules, items: a.summary.items, thresholds: a.marker?.highlightThresholds ?? a.summary.settings.thresholds }
    : null;
}

export function PreviewApp({
  openWorkbook,
  builders,
  lang: initialLang,
  theme,
  sampleUrl = `assets/${SAMPLE_NAME}`,
}: PreviewAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [file, setFile] = useState<FileState>({ status: 'idle' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [active, setActive] = useState('');
  const [selected, setSelected] = useState<{ cell: string; seq: number } | null>(null);
  const [dropping, setDropping] = useState<'over' | 'none'>('none');
  const [downloading, setDownloading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  useDocumentTheme(theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string) => {
      setFile({ status: 'opening', file: name });
      try {
        const opened = await openWorkbook(bytes, name);
        const snapshot = await opened.workbook.read();
        setLoaded((l) => ({ ...opened, id: (l?.id ?? 0) + 1, snapshot, paint: null }));
        setActive(snapshot.sheets.find((s) => (s.visibility ?? 'visible') === 'visible')?.name ?? '');
        setSelected(null);
        setFile({ status: 'idle' });
      } catch (e) {
        console.error('[ITA Workbench] preview: opening failed', e);
        // The loader refuses a file with a UserError (input.corrupt when it cannot tell why); else it is unexpected.
        setFile({ status: 'failed', error: describeError(e) });
      }
    },
    [openWorkbook],
  );
  const open = useCallback(async (f: File) => openBytes(new Uint8Array(await f.arrayBuffer()), f.name), [openBytes]);
  const openSample = useCallback(async () => {
    const res = await fetch(sampleUrl);
    await openBytes(new Uint8Array(await res.arrayBuffer()), SAMPLE_NAME);
  }, [openBytes, sampleUrl]);

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
      void wb
        .read()
        .then((snapshot) => setLoaded((l) => (l && l.workbook === wb ? { ...l, snapshot, paint: paintOf(a) } : l)));
    },
    [loaded],
  );

  const download = async (): Promise<void> => {
    if (!loaded || downloading) return;
    setDownloading(true);
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
    } finally {
      setDownloading(false);
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
  const onLangChange = (l: Lang): void => {
    storeLang(l);
    setLang(l);
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
          <p className={styles.h1}>
            {t('ui.title')} · {t('ui.preview.heading')}
          </p>
          <input
            ref={input}
            id="xlsx-input"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hidden}
            onChange={onPick}
            data-testid="file-input"
            aria-label={t('ui.preview.open')}
          />
          <Button
            appearance={loaded ? 'secondary' : 'primary'}
            onClick={() => input.current?.click()}
            disabled={file.status === 'opening'}
            data-testid="open-file"
          >
            {t('ui.preview.open')}
          </Button>
          <span className={styles.hint}>{t('ui.preview.drop')}</span>
          {loaded && (
            <Button
              onClick={() => void download()}
              data-testid="download"
              disabled={downloading}
              aria-busy={downloading}
              icon={downloading ? <Spinner size="extra-tiny" /> : undefined}
            >
              {t(downloading ? 'ui.preview.preparing' : 'ui.preview.download')}
            </Button>
          )}
        </header>
        <main aria-label={t('ui.preview.main')}>
          <div className={styles.messages} role="status" aria-live="polite">
            {file.status === 'opening' && (
              <Spinner size="tiny" label={t('ui.preview.opening', { file: file.file })} labelPosition="after" />
            )}
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
                <Pane
                  key={loaded.id}
                  port={loaded.workbook}
                  {...(loaded.engine ? { engine: loaded.engine } : {})}
                  host="preview"
                  landmark="region"
                  builders={builders}
                  lang={lang}
                  onLangChange={onLangChange}
                  onAnalysis={onAnalysis}
                  onOpenSample={() => void openSample()}
                />
              </div>
              <SheetGrid
                lang={lang}
                snapshot={loaded.snapshot}
                paint={loaded.paint}
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
            <div className={styles.intro}>
              <h1 className={styles.h1}>{t('ui.preview.heading')}</h1>
              <p className={styles.p}>{t('ui.preview.intro')}</p>
              <Button onClick={() => void openSample()} disabled={file.status === 'opening'} data-testid="open-sample">
                {t('ui.preview.sample')}
              </Button>
            </div>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
