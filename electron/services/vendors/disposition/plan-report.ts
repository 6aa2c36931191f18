import { createHash } from 'node:crypto';
import type { Db } from '../../../../db/connection';
import type { DispositionCounts, DispositionPreview, NotMentioned } from '../../../../shared/domain/disposition';
import type { Vendor } from '../../../../shared/domain/vendors';
import { loadFacts, type AssetFacts, type AssetRow } from './asset-facts';
import { identityMatcher } from './match-identity';
import { notMentioned } from './not-mentioned';
import { conditionCodeReader, outcomeCodeReader, planLine, type PlannedLine } from './plan-line';
import { importedBefore, readReportFile } from './report-file';

export interface DispositionPlan {
  readonly preview: DispositionPreview;
  readonly lines: readonly PlannedLine[];
}

function unreadable(line: number, reason: string): PlannedLine {
  return {
    line, serial: null, assetTag: null, vendorOutcome: null, outcome: null, processedDate: null, certificateNumber: null,
    asset: null, matchedBy: null, action: 'review', reviewKind: 'unreadable', reason, vendorCondition: null, condition: null,
  };
}

/**
 * A device the report names on more than one line (once by serial, again by tag or with its zeros stripped): only its
 * first line counts, the later ones go to review, so one file never writes two dispositions to a device.
 */
function onceEach(lines: readonly PlannedLine[]): PlannedLine[] {
  const firstLine = new Map<string, number>();
  return lines.map((l) => {
    if (l.asset === null) return l;
    const first = firstLine.get(l.asset.assetId);
    if (first === undefined) {
      firstLine.set(l.asset.assetId, l.line);
      return l;
    }
    const reason = `This device (${l.asset.assetTag ?? l.asset.serial ?? l.asset.assetId}) is already on line ${first} of this report: only that first line is read.`;
    return { ...l, action: 'review', reviewKind: 'named-twice', reason };
  });
}

function countsOf(lines: readonly PlannedLine[], missing: readonly NotMentioned[]): DispositionCounts {
  const count = (action: PlannedLine['action']) => lines.filter((l) => l.action === action).length;
  return { lines: lines.length, record: count('record'), already: count('already'), review: count('review'), notMentioned: missing.length };
}

/** What importing this report would do, line by line, and which picked-up devices it leaves out. Writes nothing. */
export function planDisposition(db: Db, vendor: Vendor, fileName: string, bytes: Uint8Array): DispositionPlan {
  const file = readReportFile(vendor, fileName, bytes);
  const match = identityMatcher(db);
  const matches = file.csv.rows.map((row) => match({ serial: row.values.serial, assetTag: row.values.assetTag, lostZeros: row.lostZeros }));
  const matched = new Map(matches.flatMap((m) => (m.kind === 'one' ? [[m.asset.id, m.asset] as const] : [])));
  const known = loadFacts(db, [...matched.values()]);
  const facts = (asset: AssetRow): AssetFacts => known.get(asset.id) ?? { asset, pickup: null, destroyBecause: null, disposition: null };
  const ctx = { vendor, outcomeOf: outcomeCodeReader(vendor), conditionOf: conditionCodeReader(vendor), facts };
  const planned = onceEach(file.csv.rows.map((row, i) => planLine(row, matches[i] ?? { kind: 'none' }, ctx)));
  const lines = [...planned, ...file.csv.problems.map((p) => unreadable(p.line, p.reason))].sort((a, b) => a.line - b.line);
  const mentioned = new Set(planned.flatMap((l) => (l.asset === null ? [] : [l.asset.assetId])));
  const sessions = new Set([...known.values()].flatMap((f) => (f.pickup !== null && f.pickup.vendorId === vendor.vendorId ? [f.pickup.sessionId] : [])));
  const missing = notMentioned(db, vendor.vendorId, sessions, mentioned);
  const planSha256 = createHash('sha256').update(JSON.stringify({ file: file.sha256, vendor: vendor.updatedAt, lines, missing })).digest('hex');
  return {
    lines,
    preview: {
      vendorId: vendor.vendorId,
      vendorName: vendor.name,
      fileName,
      fileSha256: file.sha256,
      planSha256,
      delimiter: file.csv.delimiter,
      importedBefore: importedBefore(db, vendor.vendorId, file.sha256),
      lines: lines.map(({ vendorCondition: _c, condition: _k, ...shown }) => shown),
      notMentioned: missing,
      counts: countsOf(lines, missing),
    },
  };
}
