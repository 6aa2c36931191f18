import { useState, type KeyboardEvent } from 'react';
import type { WedgeSettings } from '../../../../shared/domain/wedge';
import { SOURCE_WORDS } from '../../scan/entry';
import { commonAffixes, describeScan, suggestThreshold, visibleText, type ScanAnatomy } from '../../scan/scan-anatomy';
import { useKeyTiming } from '../../scan/use-key-timing';
import '../../styles/camera.css';

const KEPT = 8;

export interface ScannerSuggestion {
  readonly prefix?: string;
  readonly suffix?: string;
  readonly maxInterKeyMs?: string;
}

interface ScannerSetupProps {
  /** The scanner settings being edited (not yet saved): every entry is read with them. */
  readonly wedge: WedgeSettings;
  /** Puts a suggested value into the settings form above (saved with "Save settings"). */
  readonly onSuggest: (suggestion: ScannerSuggestion) => void;
}

function Timing({ scan }: { readonly scan: ScanAnatomy }) {
  const { entry } = scan;
  if (entry.medianGapMs === null) return <span>too few keys to measure · {entry.keys} keys</span>;
  return (
    <span>
      median key gap {Math.round(entry.medianGapMs)} ms · {entry.keys} keys · slowest gap {Math.round(scan.maxGapMs ?? 0)} ms
    </span>
  );
}

function Entry({ scan }: { readonly scan: ScanAnatomy }) {
  return (
    <li>
      <code>{scan.raw === '' ? '(empty)' : visibleText(scan.raw)}</code> <strong>{SOURCE_WORDS[scan.entry.source]}</strong> · <Timing scan={scan} />
      <span className="scanner-setup__facts">
        <span>{scan.aim === null ? 'No symbology identifier' : `Symbology identifier ${scan.aim.identifier}: ${scan.aim.words}`}</span>
        {scan.removedPrefix !== null && <span>Prefix removed: {visibleText(scan.removedPrefix)}</span>}
        {scan.removedSuffix !== null && <span>Suffix removed: {visibleText(scan.removedSuffix)}</span>}
        <span>
          Read as <code>{visibleText(scan.entry.value)}</code>, ended with {scan.endKey}
        </span>
      </span>
    </li>
  );
}

/**
 * The scanner setup page's test box: scan labels to see what the scanner really sends (symbology identifier, added
 * characters, end key) and how fast, and take the suggested prefix, suffix and wedge threshold into the settings.
 */
export function ScannerSetup({ wedge, onSuggest }: ScannerSetupProps) {
  const timing = useKeyTiming();
  const [scans, setScans] = useState<readonly ScanAnatomy[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const raw = event.currentTarget.value;
      event.currentTarget.value = '';
      const scan = describeScan(raw, timing.take(), event.key, wedge);
      setScans((previous) => [scan, ...previous].slice(0, KEPT));
      return;
    }
    timing.track(event);
  };

  const affixes = commonAffixes(scans.map((s) => s.raw));
  const threshold = suggestThreshold(scans.map((s) => s.entry.medianGapMs));

  return (
    <section className="scanner-test" aria-label="Test your scanner">
      <h2>Scanner setup</h2>
      <p>Scan two or three different labels (a serial and an asset tag). Each scan shows what the scanner sent and how fast; people type with 100 ms or more between keys.</p>
      <label className="field field--wide">
        <span>Test your scanner: scan a label here (or type and press Enter)</span>
        <input type="text" autoComplete="off" spellCheck={false} onKeyDown={onKeyDown} />
      </label>
      <ol className="scanner-test__entries" aria-label="Test entries, newest first">
        {scans.map((scan, index) => (
          <Entry key={scans.length - index} scan={scan} />
        ))}
      </ol>
      <div className="card__actions" aria-label="Suggestions from these scans">
        {affixes !== null && affixes.prefix !== '' && (
          <button type="button" className="button" onClick={() => onSuggest({ prefix: affixes.prefix })}>
            Strip the prefix {visibleText(affixes.prefix)}
          </button>
        )}
        {affixes !== null && affixes.suffix !== '' && (
          <button type="button" className="button" onClick={() => onSuggest({ suffix: affixes.suffix })}>
            Strip the suffix {visibleText(affixes.suffix)}
          </button>
        )}
        {threshold !== null && threshold !== wedge.maxInterKeyMs && (
          <button type="button" className="button" onClick={() => onSuggest({ maxInterKeyMs: String(threshold) })}>
            Set the key-gap threshold to {threshold} ms
          </button>
        )}
      </div>
    </section>
  );
}
