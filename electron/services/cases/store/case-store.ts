import type { Db } from '../../../../db/connection';
import type { AssetClass, AssetStatus, Sensitivity } from '../../../../shared/domain/asset';
import type { NewCase } from '../../../../shared/domain/cases/hris-line';
import type { CaseAssetIdentity, CaseHeader } from '../../../../shared/domain/cases/case-views';
import { DocksideError } from '../../../../shared/errors';

const HEADER = `SELECT c.case_id AS caseId, c.case_number AS caseNumber, c.employee_id AS employeeId, c.employee_name AS employeeName,
  c.manager, c.employee_email AS employeeEmail, c.employee_type AS employeeType, c.location, c.shipping_address AS shippingAddress, c.separation_date AS separationDate,
  c.opened_at AS openedAt, (SELECT l.at FROM case_log l WHERE l.case_id = c.case_id AND l.kind = 'closed') AS closedAt
  FROM cases c`;

/** The headers of the cases named (a JSON list of ids), or of every case when null, in list order. */
export function allCaseHeaders(db: Db, caseIds: string | null = null): CaseHeader[] {
  if (caseIds === null) return db.prepare(`${HEADER} ORDER BY c.separation_date, c.case_number`).all() as CaseHeader[];
  return db.prepare(`${HEADER} WHERE c.case_id IN (SELECT value FROM json_each(?)) ORDER BY c.separation_date, c.case_number`).all(caseIds) as CaseHeader[];
}

export function caseHeader(db: Db, caseId: string): CaseHeader {
  const row = db.prepare(`${HEADER} WHERE c.case_id = ?`).get(caseId) as CaseHeader | undefined;
  if (row === undefined) throw new DocksideError('CASE_NOT_FOUND', `No case ${caseId}`);
  return row;
}

export function caseIdByNumber(db: Db, caseNumber: string): string | null {
  const row = db.prepare('SELECT case_id FROM cases WHERE case_number = ?').get(caseNumber) as { case_id: string } | undefined;
  return row?.case_id ?? null;
}

/** The case number of an employee's open case, if any. */
export function openCaseOfEmployee(db: Db, employeeId: string): string | null {
  const row = db
    .prepare(`SELECT case_number FROM cases c WHERE employee_id = ? AND NOT EXISTS (SELECT 1 FROM case_log l WHERE l.case_id = c.case_id AND l.kind = 'closed') LIMIT 1`)
    .get(employeeId) as { case_number: string } | undefined;
  return row?.case_number ?? null;
}

/** The open case an asset is on, if any. */
export function openCaseOfAsset(db: Db, assetId: string): { caseId: string; caseNumber: string } | null {
  const row = db
    .prepare(
      `SELECT c.case_id AS caseId, c.case_number AS caseNumber FROM case_assets a JOIN cases c ON c.case_id = a.case_id
       WHERE a.asset_id = ? AND NOT EXISTS (SELECT 1 FROM case_log l WHERE l.case_id = c.case_id AND l.kind = 'closed') LIMIT 1`,
    )
    .get(assetId) as { caseId: string; caseNumber: string } | undefined;
  return row ?? null;
}

export function insertCase(db: Db, caseId: string, caseNumber: string, c: NewCase, source: string, at: string, by: string): void {
  db.prepare(
    `INSERT INTO cases (case_id, case_number, employee_id, employee_name, manager, employee_email, employee_type, location, shipping_address, separation_date, source, opened_at, opened_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(caseId, caseNumber, c.employeeId, c.employeeName, c.manager, c.employeeEmail, c.employeeType, c.location, c.shippingAddress, c.separationDate, source, at, by);
  // Class and sensitivity are copied as they stood when the case opened: the book of cases reads one table.
  db.prepare(
    `INSERT INTO case_assets (case_id, asset_id, asset_class, sensitivity)
     SELECT ?, a.id, a.asset_class, a.sensitivity FROM json_each(?) j JOIN assets a ON a.id = j.value ORDER BY j.key`,
  ).run(caseId, JSON.stringify(c.assets.map((a) => a.assetId)));
}

export function nextCaseOrdinal(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n + 1;
}

export interface CaseAssetRow extends CaseAssetIdentity {
  readonly caseId: string;
}

export function assetsOfCase(db: Db, caseId: string): CaseAssetRow[] {
  return db
    .prepare(
      `SELECT ca.case_id AS caseId, a.id AS assetId, coalesce(a.asset_tag, a.serial, a.id) AS label, a.serial, a.model,
         ca.asset_class AS assetClass, ca.sensitivity, a.status FROM case_assets ca JOIN assets a ON a.id = ca.asset_id
       WHERE ca.case_id = ? ORDER BY ca.rowid`,
    )
    .all(caseId) as CaseAssetRow[];
}

/** What the book of cases needs of every case's assets: one table, and the status only of those returned. */
export interface BookAssetRow {
  readonly caseId: string;
  readonly assetId: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
}

const BOOK_ASSETS = 'SELECT case_id AS caseId, asset_id AS assetId, asset_class AS assetClass, sensitivity FROM case_assets';

export function bookAssets(db: Db, caseIds: string | null = null): BookAssetRow[] {
  if (caseIds === null) return db.prepare(`${BOOK_ASSETS} ORDER BY rowid`).all() as BookAssetRow[];
  return db.prepare(`${BOOK_ASSETS} WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(caseIds) as BookAssetRow[];
}

/** The projected status of every asset returned against a case (of the cases named, or all). */
export function returnedStatuses(db: Db, caseIds: string | null = null): Map<string, AssetStatus> {
  const sql = "SELECT a.id, a.status FROM case_asset_events x JOIN assets a ON a.id = x.asset_id WHERE x.type = 'case_returned'";
  const rows = (
    caseIds === null ? db.prepare(sql).raw(true).all() : db.prepare(`${sql} AND x.case_id IN (SELECT value FROM json_each(?))`).raw(true).all(caseIds)
  ) as [string, AssetStatus][];
  return new Map(rows);
}

/** One offboarding custody event on a case's asset, with the fields the case needs. */
export interface OffboardingEventRow {
  readonly caseId: string;
  readonly assetId: string;
  readonly type: 'case_returned' | 'remote_lock_requested' | 'remote_wipe_requested' | 'return_reminder_sent' | 'written_off' | 'case_closed';
  readonly at: string;
  readonly technicianId: string;
  readonly step: string | null;
  readonly recipient: string | null;
  readonly channel: string | null;
  readonly reason: string | null;
  readonly hash: string;
}

const EVENTS = `SELECT case_id AS caseId, asset_id AS assetId, type, at, technician_id AS technicianId, step, recipient, channel, reason, hash FROM case_asset_events`;

export function offboardingEvents(db: Db, caseId: string | null): OffboardingEventRow[] {
  if (caseId === null) return db.prepare(`${EVENTS} ORDER BY rowid`).all() as OffboardingEventRow[];
  return db.prepare(`${EVENTS} WHERE case_id = ? ORDER BY rowid`).all(caseId) as OffboardingEventRow[];
}

/** The offboarding events of the cases named (a JSON list of ids), or of all when null. */
export function offboardingEventsOf(db: Db, caseIds: string | null): OffboardingEventRow[] {
  if (caseIds === null) return offboardingEvents(db, null);
  return db.prepare(`${EVENTS} WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(caseIds) as OffboardingEventRow[];
}

export interface LicenceRow {
  readonly caseId: string;
  readonly licenceId: string;
  readonly name: string;
  readonly reclaimedBy: string | null;
  readonly reclaimedAt: string | null;
}

const LICENCES = `SELECT l.case_id AS caseId, l.licence_id AS licenceId, l.name,
  (SELECT g.technician_id FROM case_log g WHERE g.case_id = l.case_id AND g.kind = 'licence_reclaimed' AND g.payload ->> 'licenceId' = l.licence_id) AS reclaimedBy,
  (SELECT g.at FROM case_log g WHERE g.case_id = l.case_id AND g.kind = 'licence_reclaimed' AND g.payload ->> 'licenceId' = l.licence_id) AS reclaimedAt
  FROM case_licences l`;

export function licencesOfCases(db: Db, caseId: string | null): LicenceRow[] {
  return (caseId === null ? db.prepare(`${LICENCES} ORDER BY l.rowid`).all() : db.prepare(`${LICENCES} WHERE l.case_id = ? ORDER BY l.rowid`).all(caseId)) as LicenceRow[];
}

/** The licences of the cases named (a JSON list of ids), or of all when null. */
export function licencesOf(db: Db, caseIds: string | null): LicenceRow[] {
  if (caseIds === null) return licencesOfCases(db, null);
  return db.prepare(`${LICENCES} WHERE l.case_id IN (SELECT value FROM json_each(?)) ORDER BY l.rowid`).all(caseIds) as LicenceRow[];
}

export function insertLicence(db: Db, licenceId: string, caseId: string, name: string): void {
  db.prepare('INSERT INTO case_licences (licence_id, case_id, name) VALUES (?, ?, ?)').run(licenceId, caseId, name);
}
