import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { signIn } from '../actions/session-actions';
import { FormProblem } from '../components/common/FormProblem';
import { readEntry, SOURCE_WORDS, type ScanEntry } from '../scan/entry';
import { useKeyTiming } from '../scan/use-key-timing';
import { useSessionStore } from '../stores/session-store';
import { useStationStore } from '../stores/station-store';

interface Problem {
  readonly title: string;
  readonly detail: string | null;
}

/** Technician ID (typed, or scanned from a badge: the scan's Enter moves on to the PIN) and PIN. */
export function SignInScreen() {
  const prefillId = useSessionStore((s) => s.prefillId);
  const notice = useSessionStore((s) => s.notice);
  const settings = useStationStore((s) => s.settings);
  const [technicianId, setTechnicianId] = useState(prefillId);
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState<ScanEntry | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const timing = useKeyTiming();

  const onIdKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const entry = readEntry(event.currentTarget.value, timing.take(), settings.wedge);
      setTechnicianId(entry.value.trim());
      setBadge(entry);
      pinRef.current?.focus();
      return;
    }
    timing.track(event);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await signIn(technicianId.trim(), pin);
    setBusy(false);
    if (outcome.ok) return;
    setProblem({ title: outcome.title, detail: outcome.detail });
    setPin('');
    pinRef.current?.focus();
  };

  return (
    <main className="gate">
      <form className="gate__form" aria-label="Sign in" onSubmit={(event) => void onSubmit(event)}>
        <h1>{settings.stationName}</h1>
        <p className="gate__site">
          {settings.site} · {settings.dockLocation}
        </p>
        {notice !== null && <p className={`notice notice--${notice.tone}`}>{notice.text}</p>}
        <label className="field">
          <span>Technician ID (type it or scan your badge)</span>
          <input
            value={technicianId}
            onChange={(e) => setTechnicianId(e.target.value)}
            onKeyDown={onIdKeyDown}
            autoFocus={prefillId === ''}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        {badge !== null && <p className="entry-source">ID {badge.source === 'wedge' ? 'scanned from badge' : SOURCE_WORDS[badge.source]}</p>}
        <label className="field">
          <span>PIN</span>
          <input
            ref={pinRef}
            type="password"
            inputMode="numeric"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            autoFocus={prefillId !== ''}
            maxLength={12}
          />
        </label>
        {problem !== null && <FormProblem title={problem.title} detail={problem.detail} />}
        <button type="submit" className="button button--go button--big" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
