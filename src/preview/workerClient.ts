/**
 * The page's side of the preview's Web Worker: an OpenWorkbook whose workbook and engine are proxies to the worker
 * (reading, analysing and writing happen there; the grid and select() stay on the page).
 */
import type { Analysis } from '../app/analysis';
import type { RemoveResult } from '../app/remove';
import type { RunResult } from '../app/workbench';
import type { WorkbookSnapshot } from '../domain/types';
import type { Engine, Progress } from '../taskpane/engine';
import type { Opened, OpenWorkbook } from './types';
import { fromWire, type Reply, type Request } from './workerProtocol';

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (p: Progress) => void };

/** Requests without their id (each call gets one). */
type Body = Request extends infer R ? (R extends { readonly id: number } ? Omit<R, 'id'> : never) : never;

/** Open files through one worker (made by `make`, e.g. `() => new Worker(new URL('./worker.ts', import.meta.url))`). */
export function workerOpener(make: () => Worker): OpenWorkbook & { warm(): void } {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();
  const call = <T>(body: Body, progress?: (p: Progress) => void, transfer: Transferable[] = []): Promise<T> => {
    if (!worker) {
      worker = make();
      worker.onmessage = (ev: MessageEvent<Reply>) => {
        const r = ev.data;
        const p = pending.get(r.id);
        if (!p) return;
        if ('progress' in r) p.progress?.(r.progress);
        else {
          pending.delete(r.id);
          if (r.ok) p.resolve(r.value);
          else p.reject(fromWire(r.error));
        }
      };
    }
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(progress ? { progress } : {}) });
      worker!.postMessage({ ...body, id } as Request, transfer);
    });
  };
  const openIt: OpenWorkbook = async (bytes, fileName) => {
    // The bytes move to the worker (transferred, not copied).
    const copy = bytes.slice();
    const info = await call<{ fileName: string }>({ kind: 'open', bytes: copy, fileName }, undefined, [copy.buffer]);
    let listener: ((sheet: string, cell: string) => void) | null = null;
    const engine: Engine = {
      scan: (settings, explicit, onProgress) => call<Analysis>({ kind: 'scan', settings, explicit }, onProgress),
      // The worker analyses the snapshot it read last: nothing is sent back to it.
      reanalyze: (_last, settings, explicit) => call<Analysis>({ kind: 'reanalyze', settings, explicit }),
      act: (settings, actions, explicit, onProgress) =>
        call<RunResult>({ kind: 'act', settings, actions, explicit }, onProgress),
      remove: (settings, explicit, onProgress) =>
        call<RemoveResult>({ kind: 'remove', settings, explicit }, onProgress),
    };
    const opened: Opened & { readonly engine: Engine } = {
      fileName: info.fileName,
      engine,
      workbook: {
        read: () => call<WorkbookSnapshot>({ kind: 'read' }),
        // Writes go through the engine (in the worker); the page never writes itself.
        write: () => Promise.reject(new Error('the preview writes through its worker engine')),
        select: (sheet, cell) => {
          listener?.(sheet, cell);
          return Promise.resolve();
        },
        toBuffer: () => call<Uint8Array>({ kind: 'toBuffer' }),
        onSelect: (l) => {
          listener = l;
        },
      },
    };
    return opened;
  };
  // Start the worker (it loads the adapter) before the first file, while the user looks for one.
  return Object.assign(openIt, { warm: () => void call<boolean>({ kind: 'ping' }).catch(() => undefined) });
}
