import type { Db } from '../../../db/connection';
import type { ExpectedLine, ScannedItem } from '../../../shared/domain/pickups/match-scan';
import { reconcile } from '../../../shared/domain/pickups/reconcile';
import { readFacts } from './session-facts';

interface LineRow {
  line_no: number;
  origin: string;
  scanned_at: string | null;
  substitution: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The expected manifest as the signed manifest_lines facts recorded it. */
function expectedFromFacts(facts: ReturnType<typeof readFacts>): ExpectedLine[] {
  return facts
    .filter((f) => f.kind === 'manifest_lines')
    .flatMap((f) => {
      const first = typeof f.payload.firstLineNo === 'number' ? f.payload.firstLineNo : 1;
      const lines = Array.isArray(f.payload.lines) ? (f.payload.lines as unknown[][]) : [];
      return lines.map((l, i) => ({ lineNo: first + i, assetId: text(l[0]), serial: text(l[1]), assetTag: text(l[2]), model: text(l[3]) ?? '' }));
    });
}

/**
 * Re-runs the reconciliation from the session's signed facts alone (the manifest lines and every scan, in order)
 * and names the first place where the lines the scan loop keeps disagree with it: a scan recorded with another
 * outcome, a substitution flag removed or added, a scan on a line the signed record says is missing. Null when
 * they agree.
 */
export function reconcileFromFacts(db: Db, sessionId: string): string | null {
  const facts = readFacts(db, sessionId);
  const scans = facts.filter((f) => f.kind === 'scan');
  const assetRow = db.prepare('SELECT id, serial, asset_tag, model FROM assets WHERE id = ?');
  const mediumRow = db.prepare('SELECT m.serial, m.asset_id, coalesce(a.asset_tag, a.serial, a.id) AS label FROM wipe_media m JOIN assets a ON a.id = m.asset_id WHERE m.serial = ? LIMIT 1');
  const items = scans.map((f): ScannedItem => {
    const value = text(f.payload.scanned) ?? '';
    const assetId = text(f.payload.assetId);
    const asset = assetId === null ? undefined : (assetRow.get(assetId) as { id: string; serial: string | null; asset_tag: string | null; model: string } | undefined);
    if (asset !== undefined) return { value, asset: { id: asset.id, serial: asset.serial, assetTag: asset.asset_tag, model: asset.model }, medium: null };
    const medium = mediumRow.get(value) as { serial: string; asset_id: string; label: string } | undefined;
    return { value, asset: null, medium: medium === undefined ? null : { serial: medium.serial, hostId: medium.asset_id, hostLabel: medium.label } };
  });
  const result = reconcile(expectedFromFacts(facts), items);
  const lines = new Map(
    (db.prepare('SELECT line_no, origin, scanned_at, substitution FROM pickup_lines WHERE session_id = ?').all(sessionId) as LineRow[]).map((l) => [l.line_no, l]),
  );
  for (const [i, scan] of result.scans.entries()) {
    const recorded = scans[i];
    if (recorded === undefined) continue;
    const lineNo = typeof recorded.payload.lineNo === 'number' ? recorded.payload.lineNo : -1;
    const line = lines.get(lineNo);
    const agrees =
      scan.outcome === text(recorded.payload.outcome) &&
      (scan.lineNo === null ? line?.origin === 'scanned' : scan.lineNo === lineNo) &&
      line !== undefined &&
      line.scanned_at !== null &&
      (line.substitution !== null) === (scan.outcome === 'substituted');
    if (!agrees) return `The scan of ${scan.item.value} (fact ${recorded.seq}, line ${lineNo}) is not what the session's lines show.`;
  }
  const scannedMissing = result.missing.find((lineNo) => (lines.get(lineNo)?.scanned_at ?? null) !== null);
  return scannedMissing === undefined ? null : `Line ${scannedMissing} shows a scan the signed record does not hold.`;
}
