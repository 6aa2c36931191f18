import { useState, type FormEvent } from 'react';
import type { SessionView } from '../../../../shared/domain/pickups/pickup-views';
import { openContainer, sealContainer } from '../../actions/pickup-actions';

/** The open pallet or box (every scan goes into it, `items` so far), a new one, and the seal number once it is closed. */
export function ContainerBar({ session, items, backToScan }: { readonly session: SessionView; readonly items: number; readonly backToScan: () => void }) {
  const sessionId = session.summary.sessionId;
  const open = session.containers.find((c) => c.containerId === session.openContainerId) ?? null;
  const [kind, setKind] = useState<'pallet' | 'box'>('pallet');
  const [label, setLabel] = useState('');
  const [seal, setSeal] = useState('');
  const [newSeal, setNewSeal] = useState('');

  const onOpen = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') return;
    void openContainer(sessionId, kind, label.trim(), seal.trim()).then((done) => {
      if (!done) return;
      setLabel('');
      setSeal('');
      backToScan();
    });
  };
  const onSeal = (event: FormEvent) => {
    event.preventDefault();
    if (open === null || newSeal.trim() === '') return;
    void sealContainer(sessionId, open.containerId, newSeal.trim()).then((done) => {
      if (!done) return;
      setNewSeal('');
      backToScan();
    });
  };

  return (
    <div className="pickup-containers">
      <p className="pickup-containers__open" data-testid="open-container">
        {open === null ? 'No pallet or box open: open one to start scanning.' : `Scanning into ${open.kind} ${open.label} (${items} item${items === 1 ? '' : 's'})${open.seal === null ? '' : ` · seal ${open.seal}`}`}
      </p>
      <form className="inline-form" aria-label="Open a container" onSubmit={onOpen}>
        <label className="field field--inline">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value === 'box' ? 'box' : 'pallet')}>
            <option value="pallet">Pallet</option>
            <option value="box">Box</option>
          </select>
        </label>
        <label className="field field--inline">
          <span>Container label</span>
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={80} autoComplete="off" />
        </label>
        <label className="field field--inline">
          <span>Seal (optional)</span>
          <input value={seal} onChange={(e) => setSeal(e.target.value)} maxLength={80} autoComplete="off" />
        </label>
        <button type="submit" className="button">
          Open container
        </button>
      </form>
      {open !== null && open.seal === null && (
        <form className="inline-form" aria-label="Seal the open container" onSubmit={onSeal}>
          <label className="field field--inline">
            <span>Seal number for {open.label}</span>
            <input value={newSeal} onChange={(e) => setNewSeal(e.target.value)} maxLength={80} autoComplete="off" />
          </label>
          <button type="submit" className="button">
            Record seal
          </button>
        </form>
      )}
    </div>
  );
}
