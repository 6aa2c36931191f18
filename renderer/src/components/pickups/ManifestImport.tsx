import { useEffect, useRef, useState } from 'react';
import type { ManifestPreview } from '../../../../shared/domain/pickups/pickup-views';
import { importManifest, previewManifest } from '../../actions/manifest-actions';

const ACTION_WORDS = { 'new-line': 'Add (on record)', 'not-in-inventory': 'Add (not in inventory)', 'already-expected': 'Already expected' } as const;

/** The vendor's manifest file into the session: a preview with every problem line and its reason first, then the import. */
export function ManifestImport({ sessionId, onPreview }: { readonly sessionId: string; readonly onPreview: (open: boolean) => void }) {
  const [loaded, setLoadedState] = useState<{ preview: ManifestPreview; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const setLoaded = (next: { preview: ManifestPreview; text: string } | null) => {
    setLoadedState(next);
    onPreview(next !== null);
  };
  const close = () => setLoaded(null);
  const importRef = useRef<HTMLButtonElement>(null);
  // Focus moves to Import once the scan field has let go of it (it takes focus back on the tick after a focus change).
  useEffect(() => {
    if (loaded === null) return undefined;
    const timer = window.setTimeout(() => importRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [loaded]);
  return (
    <section className="pickup-manifest" aria-label="Vendor manifest">
      <label className="field field--inline">
        <span>Import the vendor&apos;s manifest (CSV)</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file !== undefined) void previewManifest(sessionId, file).then(setLoaded);
          }}
        />
      </label>
      {loaded !== null && (
        <form
          className="card"
          aria-label="Manifest preview"
          onSubmit={(e) => {
            e.preventDefault();
            if (busy) return;
            setBusy(true);
            void importManifest(sessionId, loaded.preview.fileName, loaded.text)
              .then((done) => done && close())
              .finally(() => setBusy(false));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <h3>{loaded.preview.fileName}</h3>
          <p data-testid="manifest-counts">
            {loaded.preview.total} lines read · {loaded.preview.adds} to add ({loaded.preview.notInInventory} not in inventory) · {loaded.preview.alreadyExpected} already expected ·{' '}
            {loaded.preview.problemCount} with problems (not imported)
          </p>
          {loaded.preview.problems.length > 0 && (
            <ul className="pickup-manifest__problems" aria-label="Lines that cannot be imported">
              {loaded.preview.problems.slice(0, 200).map((p) => (
                <li key={`${p.line}-${p.reason}`}>
                  Line {p.line}: {p.reason}
                  {p.value === '' ? '' : ` (${p.value.slice(0, 60)})`}
                </li>
              ))}
            </ul>
          )}
          <table className="table pickup-manifest__lines">
            <thead>
              <tr>
                <th>Line</th>
                <th>Serial</th>
                <th>Tag</th>
                <th>Model</th>
                <th>Will</th>
                <th>Check</th>
              </tr>
            </thead>
            <tbody>
              {loaded.preview.lines.slice(0, 100).map((l) => (
                <tr key={l.line}>
                  <td>{l.line}</td>
                  <td>{l.serial ?? ''}</td>
                  <td>{l.assetTag ?? ''}</td>
                  <td>{l.model}</td>
                  <td>{ACTION_WORDS[l.action]}</td>
                  <td>{l.warning ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="card__actions">
            <button type="submit" className="button button--go" disabled={loaded.preview.adds === 0 || busy} ref={importRef}>
              Import {loaded.preview.adds} line{loaded.preview.adds === 1 ? '' : 's'} <kbd>Enter</kbd>
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel <kbd>Esc</kbd>
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
