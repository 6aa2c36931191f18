import { useState } from 'react';
import type { CaseAssetView, CaseDetail } from '../../../../shared/domain/cases/case-views';
import { requestRemoteWipe } from '../../actions/case-actions';
import { classWords } from '../../format/asset-words';
import { lateWords, RETURN_STATE_WORDS, when } from '../../format/case-words';
import { useSessionStore } from '../../stores/session-store';
import { WriteOffForm } from './WriteOffForm';

function AssetRow({ c, a, onWriteOff }: { readonly c: CaseDetail; readonly a: CaseAssetView; readonly onWriteOff: (() => void) | null }) {
  const out = a.state === 'outstanding' || a.state === 'overdue';
  return (
    <tr className={`case-asset case-asset--${a.state}`} data-testid={`case-asset-${a.label}`}>
      <td>
        <strong>{a.label}</strong>
        {a.serial !== null && a.serial !== a.label && <small> {a.serial}</small>}
        {a.sensitivity === 'high' && <span className="sensitivity sensitivity--high">HIGH</span>}
      </td>
      <td>
        {a.model || classWords(a.assetClass)}
        <small> {classWords(a.assetClass)}</small>
      </td>
      <td>{a.deadline}</td>
      <td>
        <span className="case-asset__state">{RETURN_STATE_WORDS[a.state]}</span>
        {a.state === 'overdue' && <small> {lateWords(a.businessDaysLate)}</small>}
        {a.writtenOff !== null && <small> ({a.writtenOff.reason}, by {a.writtenOff.by})</small>}
      </td>
      <td>
        {a.remoteLockRequestedAt !== null && <small className="case-asset__remote">Lock requested {when(a.remoteLockRequestedAt)}</small>}
        {a.remoteWipeRequestedAt !== null && <small className="case-asset__remote">Wipe requested {when(a.remoteWipeRequestedAt)}</small>}
        {a.remoteWipeDue && (
          <button type="button" className="button button--small case-asset__wipe" onClick={() => void requestRemoteWipe(c.caseId, a.assetId, a.label)}>
            Request remote wipe
          </button>
        )}
        {out && onWriteOff !== null && c.closedAt === null && (
          <button type="button" className="button button--small button--quiet" onClick={onWriteOff}>
            Write off…
          </button>
        )}
      </td>
    </tr>
  );
}

/** Each asset the employee holds: its deadline, where it stands, remote requests, and (supervisors) write-off. */
export function CaseAssets({ c }: { readonly c: CaseDetail }) {
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');
  const [writingOff, setWritingOff] = useState<CaseAssetView | null>(null);
  return (
    <section className="case-section" aria-label="Assets">
      <h2>
        Assets: {c.assets.filter((a) => a.state !== 'outstanding' && a.state !== 'overdue').length} of {c.assets.length} settled
      </h2>
      <table className="case-table">
        <thead>
          <tr>
            <th>Asset</th>
            <th>Model</th>
            <th>Deadline</th>
            <th>Standing</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {c.assets.map((a) => (
            <AssetRow key={a.assetId} c={c} a={a} onWriteOff={isSupervisor ? () => setWritingOff(a) : null} />
          ))}
        </tbody>
      </table>
      {writingOff !== null && <WriteOffForm key={writingOff.assetId} caseId={c.caseId} asset={writingOff} onDone={() => setWritingOff(null)} />}
    </section>
  );
}
