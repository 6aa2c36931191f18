import type { Db } from '../../../../db/connection';
import type { EvidenceFile } from '../../../../shared/views';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from '../../custody/event-rows';
import { caseDetail } from '../case-detail';
import { readCaseLog } from '../store/case-log';
import { CASE_PACK_FORMAT, type CasePack } from './pack-format';
import { packTimeline } from './pack-timeline';
import { verifyPackRecords } from './verify-case-pack';

/** Builds a case's evidence pack: its assets' full signed histories, its signed case log, the account and the verification. */
export function buildCasePack(db: Db, caseId: string, now: Date): CasePack {
  const detail = caseDetail(db, caseId, now);
  const eventsOf = db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE asset_id = ? ORDER BY seq`);
  const assets = detail.assets.map((a) => ({
    assetId: a.assetId,
    label: a.label,
    assetClass: a.assetClass,
    state: a.state,
    events: (eventsOf.all(a.assetId) as EventRow[]).map(rowToEvent),
  }));
  const caseLog = readCaseLog(db, caseId);
  const stations = db.prepare('SELECT station_id AS stationId, public_key AS publicKey FROM stations ORDER BY station_id').all() as CasePack['stations'];
  const head = {
    caseId: detail.caseId,
    caseNumber: detail.caseNumber,
    employeeId: detail.employeeId,
    employeeName: detail.employeeName,
    manager: detail.manager,
    employeeType: detail.employeeType,
    location: detail.location,
    separationDate: detail.separationDate,
    openedAt: detail.openedAt,
    closedAt: detail.closedAt,
  };
  const verification = verifyPackRecords({ case: head, stations, assets, caseLog }, new Map(stations.map((s) => [s.stationId, s.publicKey])));
  return {
    format: CASE_PACK_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    case: head,
    stations,
    assets,
    caseLog,
    timeline: packTimeline(caseId, detail.openedAt, assets, caseLog),
    verification,
  };
}

export function casePackFileName(pack: CasePack, extension: 'json' | 'pdf'): string {
  return `dockside-case-pack-${pack.case.caseNumber}-${pack.exportedAt.slice(0, 19).replaceAll(':', '')}.${extension}`;
}

export function casePackFile(db: Db, caseId: string, now: Date): EvidenceFile {
  const pack = buildCasePack(db, caseId, now);
  return { fileName: casePackFileName(pack, 'json'), content: JSON.stringify(pack, null, 2) };
}
