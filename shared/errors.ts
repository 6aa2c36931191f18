/** Every failure the core can report, as a stable code the UI can explain in words. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_COMMAND',
  'NOT_SIGNED_IN',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'ACCOUNT_LOCKED',
  'ALREADY_SET_UP',
  'NOT_SET_UP',
  'DUPLICATE_TECHNICIAN',
  'SCAN_EMPTY',
  'SCAN_TOO_LONG',
  'SCAN_UNREADABLE',
  'SCAN_UNKNOWN_FORMAT',
  'SCAN_PRODUCT_CODE',
  'ASSET_NOT_FOUND',
  'ASSET_AMBIGUOUS',
  'DUPLICATE_ASSET',
  'DUPLICATE_IN_BATCH',
  'GRADE_INVALID',
  'DB_BUSY',
  'DB_CORRUPT',
  'DB_FULL',
  'DB_READONLY',
  'DB_TOO_NEW',
  'CHAIN_BROKEN',
  'EVIDENCE_INVALID',
  'SYNC_CONNECTOR_NOT_FOUND',
  'SYNC_KIND_CHANGED',
  'SYNC_ITEM_NOT_FOUND',
  'SECRETS_UNAVAILABLE',
  'SECRETS_WEAK',
  'WIPE_TIMES_IMPOSSIBLE',
  'WIPE_TECHNIQUE_MISMATCH',
  'WIPE_RECORD_INVALID',
  'WIPE_NOT_RECEIVED',
  'WIPE_ASSET_CLOSED',
  'WIPE_NOT_FOUND',
  'WIPE_VALIDATOR_SAME',
  'WIPE_VALIDATION_NOT_NEEDED',
  'MEDIUM_NOT_FOUND',
  'DUPLICATE_MEDIUM',
  'WIPE_SERIAL_AMBIGUOUS',
  'WIPE_HOST_UNKNOWN',
  'WIPE_LOG_DUPLICATE',
  'WIPE_LOG_NOT_NWIPE',
  'WIPE_LOG_TRUNCATED',
  'WIPE_LOG_EMPTY',
  'WIPE_ANSWERS_MISSING',
  'CERTIFICATE_NOT_READY',
  'PDF_UNAVAILABLE',
  'FILE_TOO_LARGE',
  'CSV_EMPTY',
  'CSV_NOT_UTF8',
  'CSV_UNREADABLE',
  'CSV_MISSING_COLUMNS',
  'CSV_AMBIGUOUS_COLUMNS',
  'VENDOR_NOT_FOUND',
  'DUPLICATE_VENDOR',
  'VENDOR_MAPPING_INCOMPLETE',
  'REVIEW_ITEM_NOT_FOUND',
  'CASE_NOT_FOUND',
  'CASE_CLOSED',
  'CASE_NOT_READY',
  'CASE_FILE_UNREADABLE',
  'CASE_FILE_TOO_LARGE',
  'CASE_ASSET_NOT_ON_CASE',
  'CASE_ALREADY_RECORDED',
  'CASE_STEP_NOT_DUE',
  'CASE_REMOTE_WIPE_NOT_DUE',
  'CASE_NOT_REMOTE',
  'PRINTER_UNREACHABLE',
  'ITSM_UNAVAILABLE',
  'CASE_NO_ITSM',
  'CASE_NO_ADDRESS',
  'PICKUP_NOT_FOUND',
  'PICKUP_LOCKED',
  'PICKUP_NOT_SIGNED_OFF',
  'PICKUP_NO_CONTAINER',
  'PICKUP_CONTAINER_NOT_FOUND',
  'PICKUP_NOT_STAGEABLE',
  'PICKUP_LINE_NOT_FOUND',
  'PICKUP_RESOLUTION_INVALID',
  'PICKUP_DISCREPANCIES_OPEN',
  'PICKUP_SIGNATURES_MISSING',
  'PICKUP_SIGNATURE_INVALID',
  'PICKUP_NOT_SUPERVISOR',
  'PICKUP_RECORD_BROKEN',
  'PICKUP_NO_MANIFEST_LAYOUT',
  'PREVIEW_OUT_OF_DATE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  /** Short technical detail for logs and support; the UI shows explainError() instead. */
  readonly message: string;
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** Thrown inside the core and turned into a Result value at the command boundary. */
export class DocksideError extends Error {
  readonly error: AppError;
  constructor(code: ErrorCode, message: string, details?: AppError['details']) {
    super(message);
    this.name = 'DocksideError';
    this.error = details === undefined ? { code, message } : { code, message, details };
  }
}
