/**
 * The one kind of "a problem the user must be told about", in every host (the pane in Excel, the preview, the
 * command line): a catalogue code (src/domain/messages.ts, typed) and its placeholders. Adapters and use cases throw
 * UserError (WriteFailure, app/writeFailure.ts, is one that also says what a stopped write left); hosts turn any
 * thrown value into a sentence with describeError(), never showing a raw error text, and log the raw error where
 * they log today.
 */
import { message, type MessageCode } from '../domain/messages';

/** A sentence from the catalogue (code + placeholders), never a raw error text. */
export type UserMessage = { readonly code: MessageCode; readonly params?: Readonly<Record<string, string | number>> };

export class UserError extends Error {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** Each problem the sentence lists (a framework file's errors, in the language they were found for); often none. */
  readonly details: readonly string[];
  /** `cause` keeps the host's own error (for developers: logs, never the user's screen). */
  constructor(user: UserMessage, cause?: unknown, details: readonly string[] = []) {
    // The English sentence is the developer's message (stack traces, logs); users get describeError's sentence.
    super(message(user.code, 'en', user.params), cause === undefined ? undefined : { cause });
    this.name = 'UserError';
    this.code = user.code;
    this.params = user.params ?? {};
    this.details = details;
  }
}

/** What a user is told about anything else: a bug or an unmapped host failure. */
export const UNEXPECTED: UserMessage = { code: 'ui.error.unexpected' };

/** Any thrown value as the sentence a user is shown: a UserError's own, anything else the unexpected-error one. */
export function describeError(e: unknown): UserMessage {
  return e instanceof UserError ? { code: e.code, params: e.params } : UNEXPECTED;
}
