import { ASSET_CLASSES, type AssetClass, type Sensitivity } from '../asset';
import { addBusinessDays, businessDaysAfter, type WorkCalendar } from './business-days';
import type { CasePolicy } from './case-policy';
import { ESCALATION_STEPS, type EmployeeType, type EscalationStep } from './vocabulary';

/** What is known about one asset on a case, read from its custody events. */
export interface CaseAssetFacts {
  readonly assetId: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly returned: boolean;
  /** Sanitized to policy, or a class that holds no data. */
  readonly sanitized: boolean;
  readonly writtenOff: boolean;
  readonly remoteWipeRequested: boolean;
}

/** What is known about one case: its header and the facts of its assets, licences and messages. */
export interface CaseFacts {
  readonly caseId: string;
  readonly employeeType: EmployeeType;
  /** The separation date as a day number (see business-days.ts). */
  readonly separationDay: number;
  readonly closed: boolean;
  readonly assets: readonly CaseAssetFacts[];
  readonly stepsSent: readonly EscalationStep[];
  readonly licencesOutstanding: number;
}

export type AssetReturnState = 'outstanding' | 'overdue' | 'returned' | 'sanitized' | 'written-off';

export interface AssetDeadline {
  readonly assetId: string;
  /** Day number by which it must be back. */
  readonly deadline: number;
  readonly state: AssetReturnState;
  /** Business days past the deadline while it is not back (0 otherwise). */
  readonly businessDaysLate: number;
  /** A high-sensitivity device not back by its deadline, with no remote wipe requested yet. */
  readonly remoteWipeDue: boolean;
}

export interface CaseStanding {
  readonly caseId: string;
  readonly assets: readonly AssetDeadline[];
  readonly outstanding: number;
  readonly overdue: number;
  /** The earliest deadline missed by an asset still out, or null. */
  readonly firstMissedDeadline: number | null;
  /** The latest escalation step whose day has come. */
  readonly stepDue: EscalationStep | null;
  /** The first step due and not yet sent: what the desk should send now. */
  readonly nextStep: EscalationStep | null;
  /** The latest step sent so far. */
  readonly stepReached: EscalationStep | null;
  readonly remoteWipesDue: number;
  /** Every asset back and sanitized, or written off, and every named licence reclaimed. */
  readonly readyToClose: boolean;
}

/** The day an asset class is due back for an employee type and separation day. */
export type DeadlineRule = (separationDay: number, employeeType: EmployeeType, assetClass: AssetClass) => number;

export function deadlineRule(policy: CasePolicy, calendar: WorkCalendar): DeadlineRule {
  return (separationDay, employeeType, assetClass) => addBusinessDays(separationDay, policy.deadlines[employeeType][assetClass], calendar);
}

const TYPE_INDEX: Readonly<Record<EmployeeType, number>> = { 'full-time': 0, contractor: 1, temporary: 2 };
const CLASS_INDEX: Readonly<Record<AssetClass, number>> = Object.fromEntries(ASSET_CLASSES.map((c, i) => [c, i])) as Record<AssetClass, number>;

/** The same rule, remembering each answer: a book of cases has few distinct separation days, types and classes. */
export function memoisedDeadlineRule(rule: DeadlineRule): DeadlineRule {
  const known = new Map<number, number>();
  return (separationDay, employeeType, assetClass) => {
    const key = (separationDay * 4 + TYPE_INDEX[employeeType]) * 16 + CLASS_INDEX[assetClass];
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const day = rule(separationDay, employeeType, assetClass);
    known.set(key, day);
    return day;
  };
}

function assetDeadline(asset: CaseAssetFacts, facts: CaseFacts, deadlineOf: DeadlineRule, calendar: WorkCalendar, today: number): AssetDeadline {
  const deadline = deadlineOf(facts.separationDay, facts.employeeType, asset.assetClass);
  const out = !asset.returned && !asset.writtenOff;
  const late = out && today > deadline;
  const state: AssetReturnState = asset.writtenOff ? 'written-off' : asset.returned ? (asset.sanitized ? 'sanitized' : 'returned') : late ? 'overdue' : 'outstanding';
  return {
    assetId: asset.assetId,
    deadline,
    state,
    businessDaysLate: late ? businessDaysAfter(deadline, today, calendar) : 0,
    remoteWipeDue: late && asset.sensitivity === 'high' && !asset.remoteWipeRequested && !facts.closed,
  };
}

function stepDueFor(lateBy: number, policy: CasePolicy): EscalationStep | null {
  let due: EscalationStep | null = null;
  for (const step of ESCALATION_STEPS) if (lateBy >= policy.escalationDays[step]) due = step;
  return due;
}

/**
 * Where a case stands on a given day: each asset's deadline and state, the escalation step due and
 * the one to send next, remote wipes due, and whether it can close. Pure: the same facts, policy and
 * day give the same answer, so the whole book of cases is recomputed on every read.
 */
export function caseStanding(
  facts: CaseFacts,
  policy: CasePolicy,
  calendar: WorkCalendar,
  today: number,
  deadlineOf: DeadlineRule = deadlineRule(policy, calendar),
): CaseStanding {
  const assets = facts.assets.map((a) => assetDeadline(a, facts, deadlineOf, calendar, today));
  let outstanding = 0;
  let overdue = 0;
  let remoteWipesDue = 0;
  let firstMissedDeadline: number | null = null;
  let settled = true;
  for (const a of assets) {
    if (a.state === 'outstanding' || a.state === 'overdue') outstanding += 1;
    if (a.state === 'overdue') {
      overdue += 1;
      if (firstMissedDeadline === null || a.deadline < firstMissedDeadline) firstMissedDeadline = a.deadline;
    }
    if (a.remoteWipeDue) remoteWipesDue += 1;
    if (a.state !== 'sanitized' && a.state !== 'written-off') settled = false;
  }
  const lateBy = firstMissedDeadline === null ? -1 : businessDaysAfter(firstMissedDeadline, today, calendar);
  const stepDue = facts.closed || firstMissedDeadline === null ? null : stepDueFor(lateBy, policy);
  const dueIndex = stepDue === null ? -1 : ESCALATION_STEPS.indexOf(stepDue);
  let nextStep: EscalationStep | null = null;
  let stepReached: EscalationStep | null = null;
  ESCALATION_STEPS.forEach((step, i) => {
    const sent = facts.stepsSent.includes(step);
    if (sent) stepReached = step;
    else if (nextStep === null && i <= dueIndex) nextStep = step;
  });
  return {
    caseId: facts.caseId,
    assets,
    outstanding,
    overdue,
    firstMissedDeadline,
    stepDue,
    nextStep,
    stepReached,
    remoteWipesDue,
    readyToClose: !facts.closed && settled && facts.licencesOutstanding === 0,
  };
}

/** Every case's standing on one day, sharing one memoised deadline rule. */
export function caseStandings(all: readonly CaseFacts[], policy: CasePolicy, calendar: WorkCalendar, today: number): CaseStanding[] {
  const deadlineOf = memoisedDeadlineRule(deadlineRule(policy, calendar));
  return all.map((facts) => caseStanding(facts, policy, calendar, today, deadlineOf));
}
