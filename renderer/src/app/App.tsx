import { useEffect } from 'react';
import { loadSetup } from '../actions/session-actions';
import { FirstRunScreen } from '../screens/FirstRunScreen';
import { SignInScreen } from '../screens/SignInScreen';
import { useSessionStore } from '../stores/session-store';
import { Shell } from './Shell';
import { useSessionEvents } from './use-session-events';

/** What the station shows: starting, cannot start, first run, sign-in, or the signed-in shell. */
export function App() {
  const phase = useSessionStore((s) => s.phase);
  const problem = useSessionStore((s) => s.problem);
  const prefillId = useSessionStore((s) => s.prefillId);
  const notice = useSessionStore((s) => s.notice);
  useSessionEvents();

  useEffect(() => {
    void loadSetup();
  }, []);

  switch (phase) {
    case 'loading':
      return <p className="starting">Starting Dockside…</p>;
    case 'unavailable':
      return (
        <main className="gate">
          <div className="gate__form" role="alert">
            <h1>Dockside cannot start</h1>
            <p>{problem}</p>
          </div>
        </main>
      );
    case 'first-run':
      return <FirstRunScreen />;
    case 'sign-in':
      return <SignInScreen key={`${prefillId}|${notice?.text ?? ''}`} />;
    case 'signed-in':
      return <Shell />;
  }
}
