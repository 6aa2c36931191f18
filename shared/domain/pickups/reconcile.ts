import { countLines, type PickupCounters } from './line-state';
import { indexLines, pickLine, substitutionsOf, type ExpectedLine, type ScannedItem, type Substitution } from './match-scan';

export interface ReconciledScan {
  readonly item: ScannedItem;
  readonly lineNo: number | null;
  readonly outcome: 'matched' | 'substituted' | 'unexpected' | 'duplicate';
  readonly substitutions: readonly Substitution[];
}

export interface Reconciliation {
  readonly scans: readonly ReconciledScan[];
  /** Expected lines no scan claimed. */
  readonly missing: readonly number[];
  readonly counters: PickupCounters;
}

/**
 * Reconciles a whole manifest against a whole list of scans with the same rules the scan loop applies one
 * scan at a time: each scan claims its line (same device, then serial, then tag), a second claim is a
 * duplicate, disagreements are substitutions, and lines no scan claimed are missing.
 */
export function reconcile(lines: readonly ExpectedLine[], items: readonly ScannedItem[]): Reconciliation {
  const index = indexLines(lines);
  const hosts = new Set(lines.map((l) => l.assetId).filter((a): a is string => a !== null));
  const claimed = new Map<number, ReconciledScan>();
  const scans: ReconciledScan[] = [];
  for (const item of items) {
    const line = pickLine(item, index);
    if (line !== null && claimed.has(line.lineNo)) {
      scans.push({ item, lineNo: line.lineNo, outcome: 'duplicate', substitutions: [] });
      continue;
    }
    const substitutions = substitutionsOf(item, line, item.medium !== null && hosts.has(item.medium.hostId));
    const outcome = substitutions.length > 0 ? 'substituted' : line === null ? 'unexpected' : 'matched';
    const scan: ReconciledScan = { item, lineNo: line?.lineNo ?? null, outcome, substitutions };
    if (line !== null) claimed.set(line.lineNo, scan);
    scans.push(scan);
  }
  const missing = lines.filter((l) => !claimed.has(l.lineNo)).map((l) => l.lineNo);
  let matched = 0;
  let substitutedLines = 0;
  for (const scan of claimed.values()) {
    if (scan.outcome === 'substituted') substitutedLines += 1;
    else matched += 1;
  }
  const unclaimed = scans.filter((s) => s.lineNo === null);
  const unexpectedSubstituted = unclaimed.filter((s) => s.outcome === 'substituted').length;
  const counters = countLines([
    { origin: 'manifest', scanned: true, substituted: false, resolution: null, count: matched },
    { origin: 'manifest', scanned: true, substituted: true, resolution: null, count: substitutedLines },
    { origin: 'manifest', scanned: false, substituted: false, resolution: null, count: missing.length },
    { origin: 'scanned', scanned: true, substituted: false, resolution: null, count: unclaimed.length - unexpectedSubstituted },
    { origin: 'scanned', scanned: true, substituted: true, resolution: null, count: unexpectedSubstituted },
  ]);
  return { scans, missing, counters };
}
