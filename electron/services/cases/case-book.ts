import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES, type AssetClass, type AssetStatus, type Sensitivity } from '../../../shared/domain/asset';
import { dayNumber, dayOfInstant, workCalendar, type WorkCalendar } from '../../../shared/domain/cases/business-days';
import type { CasePolicy } from '../../../shared/domain/cases/case-policy';
import { caseStandings, type CaseAssetFacts, type CaseFacts, type CaseStanding } from '../../../shared/domain/cases/standing';
import { ESCALATION_STEPS, type EscalationStep } from '../../../shared/domain/cases/vocabulary';
import { readCasePolicy } from './store/case-policy-store';
import type { CaseHeader } from '../../../shared/domain/cases/case-views';
import { allCaseHeaders, bookAssets, licencesOf, offboardingEventsOf, returnedStatuses, type BookAssetRow, type LicenceRow, type OffboardingEventRow } from './store/case-store';

const SANITIZED: ReadonlySet<AssetStatus> = new Set(['wiped', 'awaiting-pickup', 'picked-up', 'disposed']);

/** Sanitized to policy: a class that holds no data needs no wipe. */
export function sanitizedNow(assetClass: AssetClass, status: AssetStatus | undefined): boolean {
  return !DATA_BEARING_CLASSES.includes(assetClass) || (status !== undefined && SANITIZED.has(status));
}

const isStep = (value: string | null): value is EscalationStep => ESCALATION_STEPS.some((s) => s === value);

interface AssetRef {
  readonly assetId: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
}

/** The facts of one case from its rows: pure, so the whole book is assembled in one pass. */
export function factsOf(
  header: CaseHeader,
  assets: readonly AssetRef[],
  events: readonly OffboardingEventRow[],
  licences: readonly LicenceRow[],
  statusOf: (assetId: string) => AssetStatus | undefined,
): CaseFacts {
  const returned = new Set<string>();
  const writtenOff = new Set<string>();
  const wipeRequested = new Set<string>();
  const steps = new Set<EscalationStep>();
  // Most cases have few offboarding events; a case with none skips the lookups below.
  const quiet = events.length === 0;
  for (const e of events) {
    if (e.type === 'case_returned') returned.add(e.assetId);
    else if (e.type === 'written_off') writtenOff.add(e.assetId);
    else if (e.type === 'remote_wipe_requested') wipeRequested.add(e.assetId);
    else if (e.type === 'return_reminder_sent' && isStep(e.step)) steps.add(e.step);
  }
  const facts: CaseAssetFacts[] = assets.map((a) => {
    const back = !quiet && returned.has(a.assetId);
    return {
      assetId: a.assetId,
      assetClass: a.assetClass,
      sensitivity: a.sensitivity,
      returned: back,
      sanitized: back && sanitizedNow(a.assetClass, statusOf(a.assetId)),
      writtenOff: !quiet && writtenOff.has(a.assetId),
      remoteWipeRequested: !quiet && wipeRequested.has(a.assetId),
    };
  });
  return {
    caseId: header.caseId,
    employeeType: header.employeeType,
    separationDay: dayNumber(header.separationDate) ?? 0,
    closed: header.closedAt !== null,
    assets: facts,
    stepsSent: [...steps],
    licencesOutstanding: licences.filter((l) => l.reclaimedAt === null).length,
  };
}

function groupBy<T extends { readonly caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.caseId);
    if (list === undefined) map.set(row.caseId, [row]);
    else list.push(row);
  }
  return map;
}

export interface BookEntry {
  readonly header: CaseHeader;
  readonly facts: CaseFacts;
  readonly standing: CaseStanding;
}

export interface CaseBook {
  readonly entries: readonly BookEntry[];
  readonly policy: CasePolicy;
  readonly calendar: WorkCalendar;
  readonly today: number;
}

/** The rows of some cases (or all), read in five single-table queries. */
export interface BookRows {
  readonly headers: readonly CaseHeader[];
  readonly assets: ReadonlyMap<string, readonly BookAssetRow[]>;
  readonly events: ReadonlyMap<string, readonly OffboardingEventRow[]>;
  readonly licences: ReadonlyMap<string, readonly LicenceRow[]>;
  readonly statuses: ReadonlyMap<string, AssetStatus>;
}

/** Reads the rows of the given cases, or of every case when `caseIds` is null. */
export function readBookRows(db: Db, caseIds: readonly string[] | null): BookRows {
  const ids = caseIds === null ? null : JSON.stringify(caseIds);
  return {
    headers: allCaseHeaders(db, ids),
    assets: groupBy(bookAssets(db, ids)),
    events: groupBy(offboardingEventsOf(db, ids)),
    licences: groupBy(licencesOf(db, ids)),
    statuses: returnedStatuses(db, ids),
  };
}

/** The facts of every case in the rows. */
export function factsFromRows(rows: BookRows): CaseFacts[] {
  return rows.headers.map((header) =>
    factsOf(header, rows.assets.get(header.caseId) ?? [], rows.events.get(header.caseId) ?? [], rows.licences.get(header.caseId) ?? [], (id) => rows.statuses.get(id)),
  );
}

/** Cases in list order: separation date, then case number. */
const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
export const bookOrder = (a: BookEntry, b: BookEntry): number =>
  compare(a.header.separationDate, b.header.separationDate) || compare(a.header.caseNumber, b.header.caseNumber);

/** Joins headers, facts and their standings for today. */
export function entriesFor(headers: readonly CaseHeader[], facts: readonly CaseFacts[], policy: CasePolicy, calendar: WorkCalendar, today: number): BookEntry[] {
  const standings = caseStandings(facts, policy, calendar, today);
  return headers.map((header, i): BookEntry => {
    const f = facts[i];
    const s = standings[i];
    if (f === undefined || s === undefined) throw new Error('book rows out of step');
    return { header, facts: f, standing: s };
  });
}

/** Every case with its facts gathered in five single-table reads and its standing recomputed for today. */
export function readCaseBook(db: Db, now: Date): CaseBook {
  const policy = readCasePolicy(db).policy;
  const calendar = workCalendar(policy.holidays);
  const today = dayOfInstant(now);
  const rows = readBookRows(db, null);
  return { entries: entriesFor(rows.headers, factsFromRows(rows), policy, calendar, today), policy, calendar, today };
}
