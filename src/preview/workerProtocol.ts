/** The messages between the preview's page and its Web Worker (structured clones: plain data only). */
import type { WriteStep } from '../app/port';
import type { Reason, WriteState } from '../app/writeFailure';
import type { Settings } from '../domain/settings';
import type { Actions, Progress } from '../taskpane/engine';
import type { UserMessage } from '../taskpane/types';

type Id = { readonly id: number };
export type Request = Id & (
  | { readonly kind: 'open'; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly kind: 'ping' }
  | { readonly kind: 'read' }
  | { readonly kind: 'toBuffer' }
  | { readonly kind: 'scan' | 'reanalyze' | 'remove'; readonly settings: Settings; readonly explicit: Partial<Settings> }
  | { readonly kind: 'act'; readonly settings: Settings; readonly actions: Actions; readonly explicit: Partial<Settings> }
);

/** A failure, as data: the page turns it back into the error the pane knows. */
export type WireError =
  | { readonly type: 'write'; readonly reason: Reason; readonly blockers: readonly Reason[]; readonly step: WriteStep; readonly state: WriteState }
  | { readonly type: 'input'; readonly user: UserMessage }
  | { readonly type: 'other'; readonly message: string };

export type Reply = Id & ({ readonly progress: Progress } | { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: WireError });
