import { useEffect } from 'react';
import { sessionEndedByMain } from '../actions/session-actions';

/** Listens for the main process ending the session (its idle timer, or a sign-out). */
export function useSessionEvents(): void {
  useEffect(() => window.api.on('session.ended', (payload) => sessionEndedByMain(payload.reason)), []);
}
