/**
 * How a write that did not finish tells the truth: what blocked it before anything was written (a preflight
 * blocker), or, when it stopped part-way, what is in the workbook now. Adapters throw WriteFailure, a UserError
 * (app/userError.ts) whose code and params say why; the pane turns its state into sentences with stateMessages()
 * and never says "unchanged" unless the state says so.
 */
import type { WriteStep } from './port';
import { UserError, type UserMessage } from './userError';

/** What a failed write left in the workbook, as read back after the failure. */
export type WriteState = {
  /** False when the workbook could not be read back after the failure: the counts are what is known for sure. */
  readonly checked: boolean;
  /** Our new sheets that are complete (signed). */
  readonly sheetsAdded: readonly string[];
  /** Our new sheets that exist but are incomplete (recorded as ours: the next run replaces them). */
  readonly sheetsStarted: readonly string[];
  /** Our earlier sheets that are gone. */
  readonly sheetsRemoved: readonly string[];
  readonly rulesAdded: number;
  readonly rulesRemoved: number;
  readonly fillsWritten: number;
  readonly fillsCleared: number;
  /** What our record (the marker) holds now: as before, the write in progress (a retry completes it), the new one, none. */
  readonly record: 'before' | 'journal' | 'final' | 'none';
};

/** Nothing written: the state of a write refused before it began, or undone completely. */
export const UNCHANGED: WriteState = {
  checked: true,
  sheetsAdded: [],
  sheetsStarted: [],
  sheetsRemoved: [],
  rulesAdded: 0,
  rulesRemoved: 0,
  fillsWritten: 0,
  fillsCleared: 0,
  record: 'before',
};

/** True when the workbook holds nothing of this write. */
export function isUnchanged(s: WriteState): boolean {
  return (
    s.checked &&
    s.record === 'before' &&
    !s.sheetsAdded.length &&
    !s.sheetsStarted.length &&
    !s.sheetsRemoved.length &&
    !s.rulesAdded &&
    !s.rulesRemoved &&
    !s.fillsWritten &&
    !s.fillsCleared
  );
}

/** A write that did not finish: `code`/`params` (UserError's) say why it stopped (the host's failure, mapped). */
export class WriteFailure extends UserError {
  /** Non-empty when the write was refused before it began: each thing that would block it. */
  readonly blockers: readonly UserMessage[];
  /** The step it stopped in. */
  readonly step: WriteStep;
  /** What is in the workbook now. */
  readonly state: WriteState;
  constructor(
    init: { reason: UserMessage; blockers?: readonly UserMessage[]; step: WriteStep; state: WriteState },
    cause?: unknown,
  ) {
    super(init.reason, cause);
    this.message = `write stopped at ${init.step}: ${init.reason.code}`;
    this.name = 'WriteFailure';
    this.blockers = init.blockers ?? [];
    this.step = init.step;
    this.state = init.state;
  }
}

/** The sentences that say what is in the workbook now, in reading order. */
export function stateMessages(s: WriteState): UserMessage[] {
  if (isUnchanged(s)) return [{ code: 'write.state.unchanged' }];
  const out: UserMessage[] = [];
  if (!s.checked) out.push({ code: 'write.state.unchecked' });
  if (s.sheetsAdded.length) out.push({ code: 'write.state.added', params: { sheets: s.sheetsAdded.join(', ') } });
  if (s.sheetsStarted.length) out.push({ code: 'write.state.started', params: { sheets: s.sheetsStarted.join(', ') } });
  if (s.sheetsRemoved.length) out.push({ code: 'write.state.removed', params: { sheets: s.sheetsRemoved.join(', ') } });
  if (s.rulesRemoved) out.push({ code: 'write.state.rulesRemoved', params: { count: s.rulesRemoved } });
  if (s.rulesAdded) out.push({ code: 'write.state.rulesAdded', params: { count: s.rulesAdded } });
  if (s.fillsCleared) out.push({ code: 'write.state.fillsCleared', params: { count: s.fillsCleared } });
  if (s.fillsWritten) out.push({ code: 'write.state.fillsWritten', params: { count: s.fillsWritten } });
  out.push({ code: 'write.state.userCells' });
  // What a retry does: a journal (or an unread state) is completed without duplicates; a finished record needs nothing.
  out.push({ code: s.record === 'final' ? 'write.state.recorded' : 'write.state.retry' });
  return out;
}
