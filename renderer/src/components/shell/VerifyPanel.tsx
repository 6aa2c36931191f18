import { useEffect, useState } from 'react';
import { verifyCustodyLog, type VerifyOutcome } from '../../actions/custody-actions';
import { ChainState } from '../custody/ChainState';

/** Checks the whole custody log and says in words whether it verifies. Esc (before anything else) or Close dismisses it. */
export function VerifyPanel({ onClose }: { readonly onClose: () => void }) {
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);

  useEffect(() => {
    let current = true;
    void verifyCustodyLog().then((result) => {
      if (current) setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  return (
    <section className="verify-panel" aria-label="Custody log check">
      {outcome === null && <p>Checking every event in the custody log…</p>}
      {outcome !== null && !outcome.ok && <p className="chain chain--broken">{outcome.problem}</p>}
      {outcome !== null && outcome.ok && <ChainState report={outcome.report} scope="The custody log" />}
      <button type="button" className="button button--small" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
