import type { Db } from '../../../db/connection';
import type { SessionFilter } from '../../../shared/domain/pickups/pickup-inputs';
import type { PickupOverview, SessionSummary } from '../../../shared/domain/pickups/pickup-views';
import type { CoreDeps } from '../deps';
import { sessionsWhere, summaryOf } from './session-store';
import { stagedRows } from './staging';
import { listVendors } from '../vendors/vendor-store';

/** Sessions for the supervisor's review: by vendor, by the day they were opened (from / to, inclusive), by status. */
export function listSessions(db: Db, filter: SessionFilter): SessionSummary[] {
  const rows = sessionsWhere(
    db,
    `(@vendorId IS NULL OR s.vendor_id = @vendorId) AND (@from IS NULL OR substr(s.created_at, 1, 10) >= @from)
     AND (@to IS NULL OR substr(s.created_at, 1, 10) <= @to) AND (@status IS NULL OR s.status = @status)`,
    { vendorId: filter.vendorId, from: filter.from, to: filter.to, status: filter.status },
  );
  return rows.map((r) => summaryOf(db, r));
}

/** The Pickups screen's home: what can be staged, what is staged, vendors, and the latest sessions. */
export function overview(deps: CoreDeps): PickupOverview {
  const { db } = deps;
  const ready = (db.prepare("SELECT count(*) AS n FROM assets WHERE status = 'wiped'").get() as { n: number }).n;
  return {
    readyToStage: ready,
    staged: stagedRows(deps),
    vendors: listVendors(db)
      .filter((v) => v.active)
      .map((v) => ({ vendorId: v.vendorId, name: v.name })),
    sessions: listSessions(db, { vendorId: null, from: null, to: null, status: null }).slice(0, 50),
  };
}
