import { DocksideError, type ErrorCode } from '../shared/errors';

const BY_SQLITE_CODE: ReadonlyArray<readonly [string, ErrorCode]> = [
  ['SQLITE_BUSY', 'DB_BUSY'],
  ['SQLITE_LOCKED', 'DB_BUSY'],
  ['SQLITE_CORRUPT', 'DB_CORRUPT'],
  ['SQLITE_NOTADB', 'DB_CORRUPT'],
  ['SQLITE_FULL', 'DB_FULL'],
  ['SQLITE_IOERR', 'DB_FULL'],
  ['SQLITE_READONLY', 'DB_READONLY'],
  ['SQLITE_CANTOPEN', 'DB_READONLY'],
];

/** Turns a better-sqlite3 error into a coded DocksideError; anything else passes through unchanged. */
export function translateSqliteError(error: unknown): unknown {
  if (error instanceof DocksideError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const match = BY_SQLITE_CODE.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  if (match === undefined) return error;
  return new DocksideError(match[1], `${code}: ${(error as Error).message}`);
}

export function withSqliteErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translateSqliteError(error);
  }
}
