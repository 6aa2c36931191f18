import type { Db } from '../../../../db/connection';
import type { AgingItem, AgingView } from '../../../../shared/domain/disposition';
import { ASSET_COLUMNS, assetRef, pickupFacts, type AssetRow } from './asset-facts';

const DAY_MS = 86_400_000;

type PickedUpRow = AssetRow & { payload: string; device_time: string };

/**
 * Devices out with a vendor (picked up, no disposition confirmed) for at least `days` days, longest waiting first,
 * with how many are outstanding in all.
 */
export function agingView(db: Db, days: number, now: Date): AgingView {
  const rows = db
    .prepare(
      `SELECT ${ASSET_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}, e.payload, e.device_time
       FROM assets a JOIN custody_events e ON e.seq = (SELECT MAX(seq) FROM custody_events WHERE asset_id = a.id AND type = 'picked_up')
       WHERE a.status = 'picked-up' ORDER BY e.device_time`,
    )
    .all() as PickedUpRow[];
  const names = new Map((db.prepare('SELECT vendor_id, name FROM vendors').all() as { vendor_id: string; name: string }[]).map((v) => [v.vendor_id, v.name]));
  const items: AgingItem[] = [];
  for (const row of rows) {
    const daysWaiting = Math.floor((now.getTime() - Date.parse(row.device_time)) / DAY_MS);
    if (daysWaiting < days) continue;
    const facts = pickupFacts.safeParse(JSON.parse(row.payload));
    const vendorId = facts.success ? facts.data.vendorId : '';
    items.push({
      asset: assetRef(row),
      vendorId,
      vendorName: names.get(vendorId) ?? 'Unknown vendor',
      sessionReference: facts.success ? (facts.data.sessionReference ?? facts.data.sessionId) : '',
      pickedUpAt: row.device_time,
      daysWaiting,
    });
  }
  return { days, outstanding: rows.length, items };
}
