import type { AppError, ErrorCode } from './errors';

/** What a technician on the dock reads when something goes wrong: plain words, and what to do next. */
const WORDS: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Some of what was entered is not valid. Check the highlighted fields and try again.',
  UNKNOWN_COMMAND: 'The app asked for something it does not know. Restart Dockside; if it happens again, call support.',
  NOT_SIGNED_IN: 'Please sign in with your technician ID and PIN.',
  SESSION_EXPIRED: 'You were signed out after a quiet spell. Sign in again to carry on.',
  FORBIDDEN: 'Only a supervisor can do that.',
  BAD_CREDENTIALS: 'Technician ID or PIN is wrong. Try again.',
  ACCOUNT_DISABLED: 'This technician account is switched off. Ask a supervisor.',
  ACCOUNT_LOCKED: 'Too many wrong PINs: this account is locked. A supervisor can reset the PIN to unlock it.',
  ALREADY_SET_UP: 'This station already has a supervisor. Sign in instead.',
  NOT_SET_UP: 'This station is not set up yet. Create the first supervisor.',
  DUPLICATE_TECHNICIAN: 'A technician with that ID already exists.',
  SCAN_EMPTY: 'Nothing was read. Scan the label again.',
  SCAN_TOO_LONG: 'That scan is far too long to be a serial or asset tag. Scan the label again, one code at a time.',
  SCAN_UNREADABLE: 'That scan came through garbled (control characters only). Scan the label again.',
  SCAN_UNKNOWN_FORMAT: 'That does not look like a serial number or asset tag. Check you scanned the right label.',
  SCAN_PRODUCT_CODE: 'That is the product barcode (it names the model, not this device). Scan the serial number or asset tag.',
  ASSET_NOT_FOUND: 'No device with that tag or serial is on record.',
  ASSET_AMBIGUOUS: 'That code matches more than one device. Scan the asset tag instead, or search by both.',
  DUPLICATE_ASSET: 'A device with that asset tag or serial is already on record.',
  DUPLICATE_IN_BATCH: 'Already received in this batch: this device was not recorded twice.',
  GRADE_INVALID: 'That grade is not part of this site\u2019s grading scheme.',
  DB_BUSY: 'The database is busy (another program has it locked). Nothing was recorded. Wait a moment and try again.',
  DB_CORRUPT: 'The database file is damaged. Nothing more can be recorded on it. Call a supervisor: keep the file for recovery.',
  DB_FULL: 'The disk is full. Nothing was recorded. Free some space, then scan again.',
  DB_READONLY: 'The database cannot be written (read-only disk or file). Nothing was recorded.',
  DB_TOO_NEW: 'This database was written by a newer Dockside. Update the app before using it.',
  CHAIN_BROKEN: 'The custody log does not verify: a record was changed or removed outside Dockside.',
  EVIDENCE_INVALID: 'That evidence file is not valid Dockside evidence.',
  SYNC_CONNECTOR_NOT_FOUND: 'No central-system connector with that ID is set up on this station.',
  SYNC_KIND_CHANGED: 'A connector cannot change its kind. Add a new connector for the other system instead.',
  SYNC_ITEM_NOT_FOUND: 'That sync item is no longer waiting (it was already retried, dismissed or delivered). Refresh the list.',
  SECRETS_UNAVAILABLE: 'This computer cannot store the token securely (its keychain or keyring is not available). Nothing was saved.',
  INTERNAL: 'Something went wrong inside Dockside. Nothing was recorded. Try again; if it repeats, call support.',
};

export function explainError(error: AppError): string {
  return WORDS[error.code];
}
