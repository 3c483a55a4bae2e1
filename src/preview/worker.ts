/// <reference lib="webworker" />
/**
 * The preview's Web Worker: opening, reading, analysing and writing the .xlsx run here, off the page's thread, so a
 * large file never freezes the page. The same app code as in Excel (taskpane/engine.ts localEngine) over the xlsx
 * adapter (loadWorkbook.ts); the page talks to it through workerClient.ts.
 */
import type { Analysis } from '../app/analysis';
import { defaultBuilders } from '../app/builders';
import { localEngine, type Engine, type Progress } from '../taskpane/engine';
import { openWorkbook } from './loadWorkbook';
import type { PreviewWorkbook } from './types';
import { toWire, type Reply, type Request } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let book: PreviewWorkbook | null = null;
let engine: Engine | null = null;
let last: Analysis | null = null;

function need<T>(x: T | null): T {
  if (x === null) throw new Error('no workbook is open');
  return x;
}

async function handle(req: Request, progress: (p: Progress) => void): Promise<unknown> {
  switch (req.kind) {
    case 'open': {
      const opened = await openWorkbook(req.bytes, req.fileName);
      book = opened.workbook;
      engine = localEngine(book, defaultBuilders);
      last = null;
      return { fileName: opened.fileName };
    }
    case 'ping':
      return true;
    case 'read':
      return need(book).read();
    case 'toBuffer':
      return need(book).toBuffer();
    case 'scan':
      return (last = await need(engine).scan(req.settings, req.explicit, progress));
    case 'reanalyze':
      return (last = await need(engine).reanalyze(need(last), req.settings, req.explicit));
    case 'act': {
      const r = await need(engine).act(req.settings, req.actions, req.explicit, progress);
      last = r;
      return r;
    }
    case 'remove': {
      const r = await need(engine).remove(req.settings, req.explicit, progress);
      last = r.after;
      return r;
    }
  }
}

self.onmessage = (ev: MessageEvent<Request>) => {
  const req = ev.data;
  let writing = false;
  const post = (r: Reply): void => self.postMessage(r);
  handle(req, (p) => {
    if (p.phase === 'writing') writing = true;
    post({ id: req.id, progress: p });
  }).then(
    (value) => post({ id: req.id, ok: true, value }),
    (e: unknown) => {
      console.error('[ITA Workbench] preview worker:', req.kind, e);
      post({ id: req.id, ok: false, error: toWire(e, writing) });
    },
  );
};
