import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES, type AssetClass, type AssetStatus, type Sensitivity } from '../../../shared/domain/asset';
import { dayNumber, dayOfInstant, workCalendar, type WorkCalendar } from '../../../shared/domain/cases/business-days';
import type { CasePolicy } from '../../../shared/domain/cases/case-policy';
import { caseStandings, type CaseAssetFacts, type CaseFacts, type CaseStanding } from '../../../shared/domain/cases/standing';
import { ESCALATION_STEPS, type EscalationStep } from '../../../shared/domain/cases/vocabulary';
import { readCasePolicy } from './store/case-policy-store';
import { allCaseHeaders, bookAssets, licencesOfCases, offboardingEvents, returnedStatuses, type CaseHeader, type LicenceRow, type OffboardingEventRow } from './store/case-store';

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

/** Every case with its facts gathered in five single-table reads and its standing recomputed for today. */
export function readCaseBook(db: Db, now: Date): CaseBook {
  const policy = readCasePolicy(db).policy;
  const calendar = workCalendar(policy.holidays);
  const today = dayOfInstant(now);
  const assets = groupBy(bookAssets(db));
  const events = groupBy(offboardingEvents(db, null));
  const licences = groupBy(licencesOfCases(db, null));
  const statuses = returnedStatuses(db);
  const headers = allCaseHeaders(db);
  const facts = headers.map((header) =>
    factsOf(header, assets.get(header.caseId) ?? [], events.get(header.caseId) ?? [], licences.get(header.caseId) ?? [], (id) => statuses.get(id)),
  );
  const standings = caseStandings(facts, policy, calendar, today);
  const entries = headers.map((header, i): BookEntry => {
    const f = facts[i];
    const s = standings[i];
    if (f === undefined || s === undefined) throw new Error('book rows out of step');
    return { header, facts: f, standing: s };
  });
  return { entries, policy, calendar, today };
}

/**
 * The book of cases, read again only when something it depends on changed: a custody event (returns,
 * messages, wipes, statuses), a case-log entry, a new case, the policy, or the day. Lives in the
 * handler group, one per core.
 */
export function caseBookCache(db: Db): { read(now: Date): CaseBook } {
  const fingerprint = db.prepare(
    `SELECT (SELECT max(seq) FROM custody_events) || ':' || (SELECT max(seq) FROM case_log) || ':' || (SELECT count(*) FROM cases) || ':' ||
       coalesce((SELECT updated_at FROM case_policy WHERE id = 1), '') AS f`,
  );
  let last: { key: string; book: CaseBook } | null = null;
  return {
    read(now) {
      const key = `${(fingerprint.get() as { f: string | null }).f ?? ''}:${dayOfInstant(now)}`;
      if (last !== null && last.key === key) return last.book;
      const book = readCaseBook(db, now);
      last = { key, book };
      return book;
    },
  };
}
