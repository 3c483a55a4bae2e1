/**
 * office-js failures → our message codes. Microsoft's guidance: OfficeExtension.Error.message is not meant
 * for end users, so the pane shows a catalogue sentence and the raw error goes to the console only.
 */
import type { MessageCode } from '../../domain/messages';
import { describeError, UserError, type UserMessage } from '../../app/userError';

// Codes from OfficeExtension.ErrorCodes / Excel.ErrorCodes; RequestPayloadSizeLimitExceeded is the common-API one.
const BY_HOST_CODE: Readonly<Record<string, MessageCode>> = {
  InvalidOperationInCellEditMode: 'office.cellEditMode',
  AccessDenied: 'office.protected',
  ItemNotFound: 'office.notFound',
  InvalidReference: 'office.notFound',
  ItemAlreadyExists: 'office.nameTaken',
  RequestPayloadSizeLimitExceeded: 'office.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'office.tooLarge',
  RangeExceedsLimit: 'office.tooLarge',
  OperationCellsExceedLimit: 'office.tooLarge',
  ApiNotFound: 'office.unsupported',
  NotImplemented: 'office.unsupported',
  UnsupportedOperation: 'office.unsupported',
  UnsupportedFeature: 'office.unsupported',
  ActivityLimitReached: 'office.busy',
  Conflict: 'office.busy',
  RequestAborted: 'office.busy',
};

function hostCode(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') return e.code;
  return '';
}

/**
 * Any error out of Excel.run as a catalogue sentence (the adapter throws it as a UserError, `cause` the host's);
 * unknown ones (GeneralException, InvalidArgument…) → office.general with the host code.
 */
export function officeMessage(e: unknown): UserMessage {
  if (e instanceof UserError) return describeError(e);
  const code = hostCode(e);
  const mapped = BY_HOST_CODE[code];
  if (mapped) return { code: mapped, params: {} };
  return { code: 'office.general', params: { code: code || 'Unknown' } };
}
