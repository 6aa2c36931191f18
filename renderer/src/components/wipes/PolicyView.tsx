import { useEffect, useState } from 'react';
import type { WipePoliciesView } from '../../../../shared/domain/sanitization/wipe-views';
import { loadPolicies } from '../../actions/wipe-policy-actions';
import { backToQueue } from '../../actions/wipe-nav-actions';
import { useSessionStore } from '../../stores/session-store';
import { IssuerForm } from './IssuerForm';
import { PolicyRow } from './PolicyRow';

/** The recovery policy per asset class (a supervisor edits it; others read it) and the certificate issuer. */
export function PolicyView() {
  const editable = useSessionStore((s) => s.session?.role === 'supervisor');
  const [view, setView] = useState<WipePoliciesView | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void loadPolicies().then(setView);
  }, []);

  const saved = (next: WipePoliciesView) => {
    setView(next);
    setVersion(version + 1);
  };

  return (
    <div className="page wipe-policy">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={backToQueue}>
          ← Wipe queue
        </button>
        <h1>Recovery policy</h1>
      </div>
      <p>
        What each class of device needs before it leaves: the NIST SP 800-88 level, the deadline after receipt, what a high-sensitivity device (financial, health or legal data) needs at least, and
        when a second person validates. Changes apply at once to devices in the queue and to wipes recorded from now on.
        {!editable && ' Only a supervisor can change it.'}
      </p>
      {view !== null && (
        <>
          <table className="table policy-table" aria-label="Policy per asset class">
            <thead>
              <tr>
                <th>Asset class</th>
                <th>Required level</th>
                <th>Deadline (days)</th>
                <th>High sensitivity</th>
                <th>Second-person validation</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {view.policies.map((policy) => (
                <PolicyRow key={`${policy.assetClass}-${version}`} policy={policy} editable={editable} onSaved={saved} />
              ))}
            </tbody>
          </table>
          <h2>Certificate issuer</h2>
          <IssuerForm key={version} issuer={view.issuer} editable={editable} onSaved={saved} />
        </>
      )}
    </div>
  );
}
