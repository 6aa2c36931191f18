import type { Db } from '../../../db/connection';
import { ASSET_CLASSES, type AssetClass, type Sensitivity } from '../../../shared/domain/asset';
import { deadlineOf } from '../../../shared/domain/sanitization/policy';
import { shortfallWords } from '../../../shared/domain/sanitization/verdict';
import type { WipeQueuePage, WipeQueueRow } from '../../../shared/domain/sanitization/wipe-views';
import { dataClassesParam, HOLDS_DATA_SQL } from './holds-data';
import { standingsOf } from './standing';
import { readPolicies } from './store/policy-store';

interface QueueRow {
  asset_id: string;
  received_at: string;
  receipt_seq: number;
  asset_tag: string | null;
  serial: string | null;
  make: string;
  model: string;
  asset_class: AssetClass;
  sensitivity: Sensitivity;
}

const DAY_MS = 86_400_000;

/** "CASE q.asset_class WHEN @c0 THEN @d0 ... END": the overdue cut-off of each class, bound as parameters. */
const CUTOFF_SQL = `CASE q.asset_class ${ASSET_CLASSES.map((_, i) => `WHEN @c${i} THEN @d${i}`).join(' ')} END`;

/**
 * One window of the wipe queue: open, data-bearing devices, high sensitivity first, then oldest
 * receipt first. The counts and the window come from the partial index on wipe_queue; only the rows
 * of the window are looked at in detail.
 */
export function queuePage(db: Db, offset: number, limit: number, now: Date): WipeQueuePage {
  const policies = new Map(readPolicies(db).map((p) => [p.assetClass, p]));
  const cutoffs: Record<string, string> = {};
  ASSET_CLASSES.forEach((assetClass, i) => {
    cutoffs[`c${i}`] = assetClass;
    cutoffs[`d${i}`] = new Date(now.getTime() - (policies.get(assetClass)?.deadlineDays ?? 0) * DAY_MS).toISOString();
  });
  const dataClasses = dataClassesParam();
  const counts = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(q.priority = 0), 0) AS high, coalesce(sum(q.received_at < ${CUTOFF_SQL}), 0) AS overdue
       FROM wipe_queue q WHERE q.open = 1 AND ${HOLDS_DATA_SQL}`,
    )
    .get({ ...cutoffs, dataClasses }) as { total: number; high: number; overdue: number };
  const rows = db
    .prepare(
      `SELECT q.asset_id, q.received_at, q.receipt_seq, a.asset_tag, a.serial, a.make, a.model, a.asset_class, a.sensitivity
       FROM wipe_queue q JOIN assets a ON a.id = q.asset_id
       WHERE q.open = 1 AND ${HOLDS_DATA_SQL}
       ORDER BY q.priority, q.received_at, q.asset_id LIMIT @limit OFFSET @offset`,
    )
    .all({ dataClasses, limit, offset }) as QueueRow[];
  const standings = standingsOf(
    db,
    rows.map((row) => ({ id: row.asset_id, assetClass: row.asset_class, sensitivity: row.sensitivity, receiptSeq: row.receipt_seq })),
    policies,
  );
  return {
    total: counts.total,
    overdue: counts.overdue,
    highSensitivity: counts.high,
    offset,
    asOf: now.toISOString(),
    rows: rows.map((row): WipeQueueRow => {
      const standing = standings.get(row.asset_id);
      if (standing === undefined) throw new Error(`no standing for ${row.asset_id}`);
      const deadlineAt = deadlineOf(row.received_at, standing.requirement.deadlineDays);
      const first = standing.verdict.shortfalls[0];
      return {
        assetId: row.asset_id,
        label: row.asset_tag ?? row.serial ?? row.asset_id,
        serial: row.serial,
        make: row.make,
        model: row.model,
        assetClass: row.asset_class,
        sensitivity: row.sensitivity,
        receivedAt: row.received_at,
        deadlineAt,
        overdue: Date.parse(deadlineAt) < now.getTime(),
        requiredLevel: standing.requirement.level,
        media: standing.media.length,
        mediaDone: standing.media.length - new Set(standing.verdict.shortfalls.flatMap((s) => ('medium' in s ? [s.medium] : []))).size,
        reason: first === undefined ? 'Meets the policy since it was changed: record the wipe again to close it.' : shortfallWords(first),
        reasons: standing.verdict.shortfalls.length,
      };
    }),
  };
}
