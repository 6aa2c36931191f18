import { useEffect, useState } from 'react';
import { previewItsm } from '../../actions/case-import-actions';
import { call } from '../../api/client';

/** Cases from the central ITSM: the unclaimed tickets of a Request Tracker connector's returns queue. */
export function ItsmPull() {
  const [connectors, setConnectors] = useState<readonly { readonly id: string; readonly name: string }[]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    void call('sync.connectors', {}).then((r) => {
      if (!r.ok) return;
      const rt = r.value.filter((c) => c.kind === 'rt5').map((c) => ({ id: c.id, name: c.name }));
      setConnectors(rt);
      setChosen(rt[0]?.id ?? '');
    });
  }, []);
  if (connectors.length === 0) return <p>No Request Tracker connector is set up: cases come from HRIS files only.</p>;
  return (
    <div className="inline-form">
      <label className="field">
        <span>Or from the ITSM's offboarding queue</span>
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {connectors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={chosen === ''} onClick={() => void previewItsm(chosen)}>
        Read the tickets
      </button>
    </div>
  );
}
