/** The two confirmations (a lazy chunk): Excel cannot undo our writes (once a session), and removing what we added. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Analysis } from '../app/analysis';
import { message } from '../domain/messages';
import type { Lang } from '../domain/types';
import type { Dialog as Which } from './Pane';

export type DialogsProps = {
  readonly lang: Lang;
  readonly dialog: Which;
  readonly open: boolean;
  readonly analysis: Analysis;
  readonly onClose: () => void;
  readonly onConfirm: () => void;
};

export default function Dialogs({ lang, dialog, open, analysis, onClose, onConfirm }: DialogsProps) {
  const t = (code: Parameters<typeof message>[0], params?: Record<string, string | number>): string =>
    message(code, lang, params);
  const undo = dialog.kind === 'undo';
  const sheets = analysis.ourSheets.map((s) => s.name).join(', ') || t('ui.remove.none');
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) onClose();
      }}
    >
      <DialogSurface aria-describedby="dialog-body" lang={lang}>
        <DialogBody>
          <DialogTitle>{t(undo ? 'ui.undo.title' : 'ui.remove.title')}</DialogTitle>
          <DialogContent id="dialog-body">
            <p>
              {undo
                ? t('ui.undo.body')
                : t('ui.remove.body', {
                    sheets,
                    rules: analysis.marker?.rules.length ?? 0,
                    fills: analysis.marker?.fills.length ?? 0,
                  })}
            </p>
            {undo && <p>{t('ui.undo.once')}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} data-testid="confirm">
              {t(undo ? 'ui.undo.continue' : 'ui.remove.confirm')}
            </Button>
            <Button onClick={onClose}>{t('ui.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
