/** The messages between the preview's page and its Web Worker (structured clones: plain data); failures as data. */
import type { WriteStep } from '../app/port';
import { describeError, UserError, type UserMessage } from '../app/userError';
import { UNCHANGED, WriteFailure, type WriteState } from '../app/writeFailure';
import type { Settings } from '../domain/settings';
import type { Actions, Progress } from '../taskpane/engine';

type Id = { readonly id: number };
export type Request = Id &
  (
    | { readonly kind: 'open'; readonly bytes: Uint8Array; readonly fileName: string }
    | { readonly kind: 'ping' }
    | { readonly kind: 'read' }
    | { readonly kind: 'toBuffer' }
    | {
        readonly kind: 'scan' | 'reanalyze' | 'remove';
        readonly settings: Settings;
        readonly explicit: Partial<Settings>;
      }
    | {
        readonly kind: 'act';
        readonly settings: Settings;
        readonly actions: Actions;
        readonly explicit: Partial<Settings>;
      }
  );

/** A failure, as data: the page turns it back into the error the pane knows. */
export type WireError =
  | {
      readonly type: 'write';
      readonly reason: UserMessage;
      readonly blockers: readonly UserMessage[];
      readonly step: WriteStep;
      readonly state: WriteState;
    }
  | { readonly type: 'user'; readonly user: UserMessage }
  | { readonly type: 'other'; readonly message: string };

export type Reply = Id &
  (
    | { readonly progress: Progress }
    | { readonly ok: true; readonly value: unknown }
    | { readonly ok: false; readonly error: WireError }
  );

/** A failure in the worker as data (the worker logged the raw error); the sentence is describeError's. */
export function toWire(e: unknown, writing: boolean): WireError {
  const reason = describeError(e);
  if (e instanceof WriteFailure) return { type: 'write', reason, blockers: e.blockers, step: e.step, state: e.state };
  // The xlsx adapter builds a write whole before it replaces the workbook: a failed write left nothing.
  if (writing) return { type: 'write', reason, blockers: [], step: 'finish', state: UNCHANGED };
  if (e instanceof UserError) return { type: 'user', user: reason };
  // Kept for developers (an Error's message on the page's console); the user is told ui.error.unexpected.
  return { type: 'other', message: e instanceof Error ? e.message : String(e) };
}

/** The page's side: the error the pane knows again (a WriteFailure, a UserError, or an Error it calls unexpected). */
export function fromWire(e: WireError): Error {
  if (e.type === 'write') {
    return new WriteFailure({ reason: e.reason, blockers: e.blockers, step: e.step, state: e.state });
  }
  if (e.type === 'user') return new UserError(e.user);
  return new Error(e.message);
}
