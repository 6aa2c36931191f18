import { explainError } from '../../../shared/error-words';
import type { AppError } from '../../../shared/errors';

export interface ErrorText {
  readonly title: string;
  readonly detail: string | null;
}

function detailOf(error: AppError): string | null {
  const details = error.details;
  if (details === undefined) return null;
  const { cleaned, attemptsLeft, reason } = details;
  if (typeof reason === 'string' && reason !== '') return reason;
  if (typeof cleaned === 'string' && cleaned !== '') return `Read as: \u201c${cleaned}\u201d`;
  if (typeof attemptsLeft === 'number') return attemptsLeft === 1 ? '1 attempt left before the account locks.' : `${attemptsLeft} attempts left before the account locks.`;
  if (error.code === 'INVALID_INPUT') {
    const fields = Object.entries(details).map(([field, message]) => `${field}: ${String(message)}`);
    return fields.length === 0 ? null : fields.join(' \u00b7 ');
  }
  return null;
}

/** An error as a technician reads it: the words for its code, plus what the core knew (the cleaned scan, attempts left). */
export function errorText(error: AppError): ErrorText {
  return { title: explainError(error), detail: detailOf(error) };
}
