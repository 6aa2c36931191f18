import { countLines, type PickupCounters } from './line-state';
import { pickLine, substitutionsOf, type ExpectedLine, type ScannedItem, type Substitution } from './match-scan';

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

const key = (value: string | null): string => (value ?? '').trim().toUpperCase();

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  if (k === '') return;
  const list = map.get(k);
  if (list === undefined) map.set(k, [value]);
  else list.push(value);
}

/**
 * Reconciles a whole manifest against a whole list of scans with the same rules the scan loop applies one
 * scan at a time: each scan claims its line (same device, then serial, then tag), a second claim is a
 * duplicate, disagreements are substitutions, and lines no scan claimed are missing.
 */
export function reconcile(lines: readonly ExpectedLine[], items: readonly ScannedItem[]): Reconciliation {
  const byAsset = new Map<string, ExpectedLine[]>();
  const byCode = new Map<string, ExpectedLine[]>();
  const hosts = new Set<string>();
  for (const line of lines) {
    if (line.assetId !== null) {
      push(byAsset, line.assetId, line);
      hosts.add(line.assetId);
    }
    push(byCode, key(line.serial), line);
    if (key(line.assetTag) !== key(line.serial)) push(byCode, key(line.assetTag), line);
  }
  const claimed = new Map<number, ReconciledScan>();
  const scans: ReconciledScan[] = [];
  const candidates: ExpectedLine[] = [];
  const gather = (list: readonly ExpectedLine[] | undefined): void => {
    if (list !== undefined) for (const l of list) candidates.push(l);
  };
  for (const item of items) {
    candidates.length = 0;
    if (item.asset !== null) gather(byAsset.get(item.asset.id));
    gather(byCode.get(key(item.value)));
    if (item.asset !== null) {
      gather(byCode.get(key(item.asset.serial)));
      gather(byCode.get(key(item.asset.assetTag)));
    }
    const line = pickLine(item, candidates);
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
