import type { AppError } from '../../../shared/errors';
import type { Session } from '../../../shared/domain/users';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useActivityStore } from '../stores/activity-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { useNavStore } from '../stores/nav-store';
import { useReceiveStore } from '../stores/receive-store';
import { useSessionStore, type SignInNotice } from '../stores/session-store';
import { useStationStore } from '../stores/station-store';

/** What a sign-in form shows after a refusal: the words, and what the core added (attempts left). */
export type FormOutcome = { readonly ok: true } | { readonly ok: false; readonly title: string; readonly detail: string | null };

const refused = (error: AppError): FormOutcome => ({ ok: false, ...errorText(error) });

function startWork(session: Session): void {
  useNavStore.getState().go('receive');
  useActivityStore.getState().active(Date.now());
  useSessionStore.getState().signedIn(session);
}

/** Clears everything the last technician had on screen. */
function clearWork(): void {
  useReceiveStore.getState().reset();
  useFeedbackStore.getState().clear();
  useNavStore.getState().go('receive');
}

/** Asks the core where this station stands: first run, someone still signed in, or the sign-in screen. */
export async function loadSetup(): Promise<void> {
  const result = await call('setup.status', {});
  const session = useSessionStore.getState();
  if (!result.ok) return session.unavailable(errorText(result.error).title);
  const status = result.value;
  useStationStore.getState().loaded(status.station, status.settings);
  if (status.needsFirstSupervisor) session.needsFirstSupervisor();
  else if (status.session !== null) startWork(status.session);
  else session.signedOut(session.prefillId, null);
}

export async function createFirstSupervisor(input: { technicianId: string; name: string; pin: string; loadDemoData: boolean }): Promise<FormOutcome> {
  const result = await call('setup.createFirstSupervisor', input);
  if (!result.ok) return refused(result.error);
  startWork(result.value);
  return { ok: true };
}

export async function signIn(technicianId: string, pin: string): Promise<FormOutcome> {
  const result = await call('auth.signIn', { technicianId, pin });
  if (!result.ok) return refused(result.error);
  clearWork();
  const status = await call('setup.status', {});
  if (status.ok) useStationStore.getState().loaded(status.value.station, status.value.settings);
  startWork(result.value);
  return { ok: true };
}

async function endSession(notice: SignInNotice | null, keepId: boolean): Promise<void> {
  const technicianId = useSessionStore.getState().session?.technicianId ?? '';
  await call('auth.signOut', {});
  clearWork();
  useSessionStore.getState().signedOut(keepId ? technicianId : '', notice);
}

export const signOut = (): Promise<void> => endSession({ tone: 'info', text: 'Signed out.' }, false);

/** The idle lock: signs out and leaves the technician ID ready for the PIN. */
export function lockForIdle(minutes: number): Promise<void> {
  const text = `Locked after ${minutes} minute${minutes === 1 ? '' : 's'} without activity. Enter your PIN to carry on.`;
  return endSession({ tone: 'info', text }, true);
}

/** The main process ended the session (its own idle timer, or a sign-out elsewhere). */
export function sessionEndedByMain(reason: 'idle' | 'signed-out'): void {
  const session = useSessionStore.getState();
  if (session.phase !== 'signed-in') return;
  const technicianId = session.session?.technicianId ?? '';
  clearWork();
  const text = reason === 'idle' ? 'Locked after a quiet spell. Enter your PIN to carry on.' : 'Signed out.';
  session.signedOut(reason === 'idle' ? technicianId : '', { tone: 'info', text });
}
