import { useState, type KeyboardEvent } from 'react';
import type { WedgeSettings } from '../../../../shared/domain/wedge';
import { readEntry, SOURCE_WORDS, type ScanEntry } from '../../scan/entry';
import { useKeyTiming } from '../../scan/use-key-timing';

const KEPT = 6;

/** Scan (or type) into the box to see how the scanner settings being edited would read each entry. */
export function ScannerTest({ wedge }: { readonly wedge: WedgeSettings }) {
  const timing = useKeyTiming();
  const [entries, setEntries] = useState<readonly ScanEntry[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const raw = event.currentTarget.value;
      event.currentTarget.value = '';
      const entry = readEntry(raw, timing.take(), wedge);
      setEntries((previous) => [entry, ...previous].slice(0, KEPT));
      return;
    }
    timing.track(event);
  };

  return (
    <section className="scanner-test" aria-label="Test your scanner">
      <label className="field field--wide">
        <span>Test your scanner: scan a label here (or type and press Enter)</span>
        <input type="text" autoComplete="off" spellCheck={false} onKeyDown={onKeyDown} />
      </label>
      <ol className="scanner-test__entries" aria-label="Test entries, newest first">
        {entries.map((entry, index) => (
          <li key={entries.length - index}>
            <code>{entry.value === '' ? '(empty)' : entry.value}</code> <strong>{SOURCE_WORDS[entry.source]}</strong> ·{' '}
            {entry.medianGapMs === null ? 'too few keys to measure' : `median key gap ${Math.round(entry.medianGapMs)} ms`} · {entry.keys} keys
          </li>
        ))}
      </ol>
    </section>
  );
}
