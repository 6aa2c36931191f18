import { SOURCE_WORDS, type ScanEntry } from '../../scan/entry';

/** Says how the last entry came in: a scanner burst or typing, with the measured key gap. */
export function EntrySource({ entry }: { readonly entry: ScanEntry | null }) {
  if (entry === null) return <p className="entry-source">Waiting for a scan</p>;
  return (
    <p className={`entry-source entry-source--${entry.source}`}>
      Last entry: <strong data-testid="entry-source">{SOURCE_WORDS[entry.source]}</strong>
      {entry.medianGapMs !== null && <span className="entry-source__gap"> · {Math.round(entry.medianGapMs)} ms between keys</span>}
    </p>
  );
}
