import { create } from 'zustand';
import type { Session } from '../../../shared/domain/users';

export type Phase = 'loading' | 'unavailable' | 'first-run' | 'sign-in' | 'signed-in';

/** A message shown on the sign-in screen: why the technician is there. */
export interface SignInNotice {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

interface SessionState {
  readonly phase: Phase;
  readonly session: Session | null;
  /** Technician ID to put back in the sign-in form (after an idle lock or an expired session). */
  readonly prefillId: string;
  readonly notice: SignInNotice | null;
  /** Why the app could not start (no bridge, database fault), in words. */
  readonly problem: string | null;
  needsFirstSupervisor(): void;
  signedIn(session: Session): void;
  signedOut(prefillId: string, notice: SignInNotice | null): void;
  unavailable(problem: string): void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  phase: 'loading',
  session: null,
  prefillId: '',
  notice: null,
  problem: null,
  needsFirstSupervisor: () => set({ phase: 'first-run', session: null, notice: null }),
  signedIn: (session) => set({ phase: 'signed-in', session, notice: null, prefillId: session.technicianId }),
  signedOut: (prefillId, notice) => set({ phase: 'sign-in', session: null, prefillId, notice }),
  unavailable: (problem) => set({ phase: 'unavailable', problem }),
}));
