import type { Db } from '../../../../db/connection';
import type { NotMentioned, ReviewItem, ReviewKind, ReviewResolution } from '../../../../shared/domain/disposition';
import type { DispositionOutcome } from '../../../../shared/domain/vendors';
import { DocksideError } from '../../../../shared/errors';
import type { PlannedLine } from './plan-line';

export interface NewReviewItem {
  readonly itemId: string;
  readonly vendorId: string;
  readonly importId: string;
  readonly kind: ReviewKind;
  readonly dedupeKey: string;
  readonly line: number | null;
  readonly assetId: string | null;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly vendorOutcome: string | null;
  readonly outcome: DispositionOutcome | null;
  readonly processedDate: string | null;
  readonly certificateNumber: string | null;
  readonly vendorCondition: string | null;
  readonly reason: string;
  readonly createdAt: string;
}

const upper = (value: string | null): string => (value ?? '').toUpperCase();

/** The same problem from the same file, or the same device and outcome from any report, is one item: never queued twice. */
export function lineDedupeKey(line: PlannedLine, fileSha256: string): string {
  if (line.reviewKind === 'unreadable') return `unreadable|${fileSha256}|${line.line}`;
  return [line.reviewKind, line.asset?.assetId ?? '', upper(line.serial), upper(line.assetTag), upper(line.vendorOutcome), upper(line.certificateNumber)].join('|');
}

export const notMentionedKey = (missing: NotMentioned): string => `not-mentioned|${missing.asset.assetId}`;

/** Queues an item unless the same one is already queued (open or resolved); true when it was added. */
export function queueItem(db: Db, item: NewReviewItem): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO disposition_review (item_id, vendor_id, import_id, kind, dedupe_key, line, asset_id, serial, asset_tag, vendor_outcome, outcome,
         processed_date, certificate_number, vendor_condition, reason, created_at)
       VALUES (@itemId, @vendorId, @importId, @kind, @dedupeKey, @line, @assetId, @serial, @assetTag, @vendorOutcome, @outcome,
         @processedDate, @certificateNumber, @vendorCondition, @reason, @createdAt)`,
    )
    .run(item);
  return result.changes === 1;
}

/** A disposition now recorded for the device settles its open items that only waited for one: left out of a report, or an outcome code not mapped then. */
export function settleForAsset(db: Db, assetId: string, note: string, by: string, at: string): void {
  db.prepare(
    `UPDATE disposition_review SET resolution = 'settled', resolved_by = ?, resolved_at = ?, note = ?
     WHERE asset_id = ? AND kind IN ('not-mentioned', 'unknown-outcome') AND resolved_at IS NULL`,
  ).run(by, at, note, assetId);
}

interface ReviewRow {
  item_id: string;
  vendor_id: string;
  vendor_name: string;
  kind: ReviewKind;
  file_name: string;
  line: number | null;
  asset_id: string | null;
  asset_tag_now: string | null;
  serial_now: string | null;
  model_now: string | null;
  serial: string | null;
  asset_tag: string | null;
  vendor_outcome: string | null;
  outcome: DispositionOutcome | null;
  processed_date: string | null;
  certificate_number: string | null;
  vendor_condition: string | null;
  reason: string;
  created_at: string;
  resolution: ReviewResolution | null;
  resolved_by: string | null;
  resolved_at: string | null;
  note: string | null;
  import_id: string;
  file_sha256: string;
}

const SELECT = `SELECT r.*, v.name AS vendor_name, i.file_name, i.file_sha256, a.asset_tag AS asset_tag_now, a.serial AS serial_now, a.model AS model_now
  FROM disposition_review r JOIN vendors v ON v.vendor_id = r.vendor_id JOIN disposition_imports i ON i.import_id = r.import_id
  LEFT JOIN assets a ON a.id = r.asset_id`;

export type StoredReviewItem = ReviewItem & { readonly row: ReviewRow };

function toItem(row: ReviewRow): StoredReviewItem {
  return {
    row,
    itemId: row.item_id,
    vendorId: row.vendor_id,
    vendorName: row.vendor_name,
    kind: row.kind,
    fileName: row.file_name,
    line: row.line,
    serial: row.serial,
    assetTag: row.asset_tag,
    asset: row.asset_id === null ? null : { assetId: row.asset_id, assetTag: row.asset_tag_now, serial: row.serial_now, model: row.model_now ?? '' },
    vendorOutcome: row.vendor_outcome,
    outcome: row.outcome,
    reason: row.reason,
    createdAt: row.created_at,
    canRecord: row.asset_id !== null && row.outcome !== null && row.kind !== 'not-mentioned',
    resolution:
      row.resolution === null ? null : { kind: row.resolution, by: row.resolved_by ?? '', at: row.resolved_at ?? '', note: row.note ?? '' },
  };
}

/** Open items (oldest first) or resolved ones (latest first), for one vendor or all; capped. */
export function listReview(db: Db, vendorId: string | null, state: 'open' | 'resolved', limit: number): ReviewItem[] {
  const where = `${state === 'open' ? 'r.resolved_at IS NULL' : 'r.resolved_at IS NOT NULL'}${vendorId === null ? '' : ' AND r.vendor_id = @vendorId'}`;
  const order = state === 'open' ? 'r.created_at, r.line' : 'r.resolved_at DESC';
  return (db.prepare(`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT @limit`).all({ vendorId, limit }) as ReviewRow[]).map((row) => {
    const { row: _row, ...item } = toItem(row);
    return item;
  });
}

export function countOpenReview(db: Db, vendorId: string | null): number {
  const row = db.prepare(`SELECT COUNT(*) AS n FROM disposition_review WHERE resolved_at IS NULL${vendorId === null ? '' : ' AND vendor_id = ?'}`).get(...(vendorId === null ? [] : [vendorId])) as { n: number };
  return row.n;
}

export function openItem(db: Db, itemId: string): StoredReviewItem {
  const row = db.prepare(`${SELECT} WHERE r.item_id = ? AND r.resolved_at IS NULL`).get(itemId) as ReviewRow | undefined;
  if (row === undefined) throw new DocksideError('REVIEW_ITEM_NOT_FOUND', `No open review item ${itemId}`);
  return toItem(row);
}

export function resolveItem(db: Db, itemId: string, resolution: ReviewResolution, by: string, at: string, note: string): void {
  db.prepare('UPDATE disposition_review SET resolution = ?, resolved_by = ?, resolved_at = ?, note = ? WHERE item_id = ? AND resolved_at IS NULL').run(resolution, by, at, note, itemId);
}
