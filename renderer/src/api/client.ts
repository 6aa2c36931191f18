import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/errors';
import { useSessionStore } from '../stores/session-store';
import { explainError } from '../../../shared/error-words';

/** Codes that mean the core no longer has anyone signed in: the UI goes back to the sign-in screen. */
export function endsSession(error: AppError): boolean {
  return error.code === 'NOT_SIGNED_IN' || error.code === 'SESSION_EXPIRED';
}

/**
 * Calls one contract command through window.api. Never throws: a broken bridge becomes an INTERNAL
 * error value, and an ended session sends the whole UI back to sign-in with the reason in words.
 */
export async function call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>> {
  let result: Result<CommandOutput<K>>;
  try {
    result = await window.api.invoke(name, input);
  } catch (error) {
    result = { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
  if (!result.ok && endsSession(result.error)) {
    const session = useSessionStore.getState();
    session.signedOut(session.session?.technicianId ?? session.prefillId, { tone: 'error', text: explainError(result.error) });
  }
  return result;
}
