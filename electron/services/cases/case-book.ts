import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES, type AssetStatus } from '../../../shared/domain/asset';
import { dayNumber, dayOfInstant, workCalendar, type WorkCalendar } from '../../../shared/domain/cases/business-days';
import type { CasePolicy } from '../../../shared/domain/cases/case-policy';
import { caseStanding, type CaseAssetFacts, type CaseFacts, type CaseStanding } from '../../../shared/domain/cases/standing';
import { ESCALATION_STEPS, type EscalationStep } from '../../../shared/domain/cases/vocabulary';
import { readCasePolicy } from './store/case-policy-store';
import { allCaseHeaders, assetsOfCases, licencesOfCases, offboardingEvents, type CaseAssetRow, type CaseHeader, type LicenceRow, type OffboardingEventRow } from './store/case-store';

const SANITIZED: ReadonlySet<AssetStatus> = new Set(['wiped', 'awaiting-pickup', 'picked-up', 'disposed']);

/** Back at the dock and sanitized to policy: a class that holds no data needs no wipe. */
export function sanitizedNow(row: Pick<CaseAssetRow, 'assetClass' | 'status'>): boolean {
  return !DATA_BEARING_CLASSES.includes(row.assetClass) || SANITIZED.has(row.status);
}

const isStep = (value: string | null): value is EscalationStep => ESCALATION_STEPS.some((s) => s === value);

/** The facts of one case from its rows: pure, so the whole book is assembled in one pass. */
export function factsOf(header: CaseHeader, assets: readonly CaseAssetRow[], events: readonly OffboardingEventRow[], licences: readonly LicenceRow[]): CaseFacts {
  const returned = new Set<string>();
  const writtenOff = new Set<string>();
  const wipeRequested = new Set<string>();
  const steps = new Set<EscalationStep>();
  for (const e of events) {
    if (e.type === 'case_returned') returned.add(e.assetId);
    else if (e.type === 'written_off') writtenOff.add(e.assetId);
    else if (e.type === 'remote_wipe_requested') wipeRequested.add(e.assetId);
    else if (e.type === 'return_reminder_sent' && isStep(e.step)) steps.add(e.step);
  }
  const facts: CaseAssetFacts[] = assets.map((a) => ({
    assetId: a.assetId,
    assetClass: a.assetClass,
    sensitivity: a.sensitivity,
    returned: returned.has(a.assetId),
    sanitized: returned.has(a.assetId) && sanitizedNow(a),
    writtenOff: writtenOff.has(a.assetId),
    remoteWipeRequested: wipeRequested.has(a.assetId),
  }));
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

function groupBy<T extends { readonly caseId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    if (row.caseId === null) continue;
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

/** Every case with its facts gathered in four queries and its standing recomputed for today. */
export function readCaseBook(db: Db, now: Date): CaseBook {
  const policy = readCasePolicy(db).policy;
  const calendar = workCalendar(policy.holidays);
  const today = dayOfInstant(now);
  const assets = groupBy(assetsOfCases(db, null));
  const events = groupBy(offboardingEvents(db, null));
  const licences = groupBy(licencesOfCases(db, null));
  const entries = allCaseHeaders(db).map((header): BookEntry => {
    const facts = factsOf(header, assets.get(header.caseId) ?? [], events.get(header.caseId) ?? [], licences.get(header.caseId) ?? []);
    return { header, facts, standing: caseStanding(facts, policy, calendar, today) };
  });
  return { entries, policy, calendar, today };
}
