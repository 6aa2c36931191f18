import { translateSqliteError } from '../../db/errors';
import { explainError } from '../../shared/error-words';
import { DocksideError, type ErrorCode } from '../../shared/errors';
import { EXIT, type ExitCode } from './cli-io';

/** Wrong or missing arguments: the message is already in words. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliFailure {
  readonly code: ErrorCode | 'USAGE' | 'IO';
  /** What the person at the terminal reads. */
  readonly words: string;
  /** Technical detail for logs and support. */
  readonly message: string;
  readonly exit: ExitCode;
}

/** Codes that mean "the file was read and it does not verify" rather than "it could not be read". */
const VERIFICATION_CODES: ReadonlySet<ErrorCode> = new Set(['CHAIN_BROKEN', 'EVIDENCE_INVALID']);

const IO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'There is no such file or folder.',
  EACCES: 'Permission denied: this user may not read or write that file.',
  EPERM: 'Permission denied: this user may not read or write that file.',
  EISDIR: 'That is a folder, not a file.',
  ENOTDIR: 'Part of that path is not a folder.',
  ENOSPC: 'The disk is full.',
  EROFS: 'That disk is read-only.',
  EEXIST: 'That file already exists.',
};

function ioFailure(error: Error & { code: string; path?: unknown }): CliFailure {
  const where = typeof error.path === 'string' ? ` (${error.path})` : '';
  const words = IO_WORDS[error.code] ?? 'A file could not be read or written.';
  return { code: 'IO', words: `${words}${where}`, message: error.message, exit: EXIT.usage };
}

/** Turns anything a command threw into words and an exit status. */
export function describeFailure(thrown: unknown): CliFailure {
  const error = translateSqliteError(thrown);
  if (error instanceof UsageError) return { code: 'USAGE', words: error.message, message: error.message, exit: EXIT.usage };
  if (error instanceof DocksideError) {
    const exit = VERIFICATION_CODES.has(error.error.code) ? EXIT.failed : EXIT.usage;
    return { code: error.error.code, words: explainError(error.error), message: error.error.message, exit };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return { code: 'USAGE', words: error.message, message: error.message, exit: EXIT.usage };
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return ioFailure(error as Error & { code: string });
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', words: explainError({ code: 'INTERNAL', message }), message, exit: EXIT.usage };
}
