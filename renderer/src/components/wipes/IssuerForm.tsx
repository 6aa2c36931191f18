import { useState, type FormEvent } from 'react';
import type { CertificateIssuer } from '../../../../shared/domain/sanitization/policy';
import type { WipePoliciesView } from '../../../../shared/domain/sanitization/wipe-views';
import { saveIssuer } from '../../actions/wipe-policy-actions';

/** The organisation block every certificate of sanitization carries. */
export function IssuerForm({ issuer, editable, onSaved }: { readonly issuer: CertificateIssuer; readonly editable: boolean; readonly onSaved: (view: WipePoliciesView) => void }) {
  const [draft, setDraft] = useState(issuer);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await saveIssuer(draft);
    if (saved !== null) onSaved(saved);
  };
  return (
    <form className="inline-form" aria-label="Certificate issuer" onSubmit={(event) => void onSubmit(event)}>
      <label className="field field--grow">
        <span>Organisation</span>
        <input value={draft.organisation} disabled={!editable} onChange={(e) => setDraft({ ...draft, organisation: e.target.value })} maxLength={120} required />
      </label>
      <label className="field">
        <span>Location</span>
        <input value={draft.location} disabled={!editable} onChange={(e) => setDraft({ ...draft, location: e.target.value })} maxLength={120} />
      </label>
      <label className="field">
        <span>Phone</span>
        <input value={draft.phone} disabled={!editable} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} maxLength={40} />
      </label>
      {editable && (
        <button type="submit" className="button">
          Save issuer
        </button>
      )}
    </form>
  );
}
