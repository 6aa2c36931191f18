import { useState } from 'react';
import { countWaiting, removeConnector } from '../../actions/connector-actions';

type Step = { readonly kind: 'idle' } | { readonly kind: 'counting' } | { readonly kind: 'confirm'; readonly waiting: number | null };

function consequence(waiting: number | null): string {
  if (waiting === null) return 'Events still waiting for it will not be sent.';
  if (waiting === 0) return 'Everything recorded here has reached it.';
  return `${waiting} recorded event${waiting === 1 ? '' : 's'} still waiting for it will not be sent.`;
}

/** Remove, with the consequence in words and a second, explicit click; Keep it backs out. Never a modal. */
export function RemoveConnector({ connectorId, name }: { readonly connectorId: string; readonly name: string }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  if (step.kind !== 'confirm') {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        disabled={step.kind === 'counting'}
        onClick={() => {
          setStep({ kind: 'counting' });
          void countWaiting(connectorId).then((waiting) => setStep({ kind: 'confirm', waiting }));
        }}
      >
        Remove…
      </button>
    );
  }
  return (
    <div className="remove-connector" role="group" aria-label={`Remove ${name}`}>
      <p>
        Remove {name}? {consequence(step.waiting)} Its delivered log and decisions are kept.
      </p>
      <button type="button" className="button button--small button--danger" onClick={() => void removeConnector(connectorId, name)}>
        Remove {name}
      </button>
      <button type="button" className="button button--small" autoFocus onClick={() => setStep({ kind: 'idle' })}>
        Keep it
      </button>
    </div>
  );
}
