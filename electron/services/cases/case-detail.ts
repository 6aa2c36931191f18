import type { Db } from '../../../db/connection';
import { dayOfInstant, isoOfDay, workCalendar } from '../../../shared/domain/cases/business-days';
import type { CaseAssetView, CaseDetail, MessageSent, TaskView } from '../../../shared/domain/cases/case-views';
import { checklistStanding, type TaskCompletion } from '../../../shared/domain/cases/checklist';
import { caseStanding } from '../../../shared/domain/cases/standing';
import { ESCALATION_STEPS, WRITE_OFF_REASONS, type EscalationStep, type WriteOffReason } from '../../../shared/domain/cases/vocabulary';
import { factsOf } from './case-book';
import { readCaseLog } from './store/case-log';
import { readCasePolicy } from './store/case-policy-store';
import { assetsOfCase, caseHeader, licencesOfCases, offboardingEvents, type OffboardingEventRow } from './store/case-store';

const isReason = (value: string | null): value is WriteOffReason => WRITE_OFF_REASONS.some((r) => r === value);
const isStep = (value: string | null): value is EscalationStep => ESCALATION_STEPS.some((s) => s === value);

function firstOf(events: readonly OffboardingEventRow[], assetId: string, type: OffboardingEventRow['type']): OffboardingEventRow | undefined {
  return events.find((e) => e.assetId === assetId && e.type === type);
}

/** Everything the case page shows, recomputed from the case's rows and events for today. */
export function caseDetail(db: Db, caseId: string, now: Date): CaseDetail {
  const header = caseHeader(db, caseId);
  const policy = readCasePolicy(db).policy;
  const calendar = workCalendar(policy.holidays);
  const today = dayOfInstant(now);
  const assets = assetsOfCase(db, caseId);
  const events = offboardingEvents(db, caseId);
  const licences = licencesOfCases(db, caseId);
  const statuses = new Map(assets.map((a) => [a.assetId, a.status]));
  const facts = factsOf(header, assets, events, licences, (id) => statuses.get(id));
  const standing = caseStanding(facts, policy, calendar, today);
  const byAsset = new Map(standing.assets.map((a) => [a.assetId, a]));
  const assetViews = assets.map((a): CaseAssetView => {
    const s = byAsset.get(a.assetId);
    const off = firstOf(events, a.assetId, 'written_off');
    return {
      assetId: a.assetId,
      label: a.label,
      serial: a.serial,
      model: a.model,
      assetClass: a.assetClass,
      sensitivity: a.sensitivity,
      status: a.status,
      deadline: isoOfDay(s?.deadline ?? facts.separationDay),
      state: s?.state ?? 'outstanding',
      businessDaysLate: s?.businessDaysLate ?? 0,
      remoteLockRequestedAt: firstOf(events, a.assetId, 'remote_lock_requested')?.at ?? null,
      remoteWipeRequestedAt: firstOf(events, a.assetId, 'remote_wipe_requested')?.at ?? null,
      remoteWipeDue: s?.remoteWipeDue ?? false,
      writtenOff: off !== undefined && isReason(off.reason) ? { reason: off.reason, by: off.technicianId, at: off.at } : null,
    };
  });
  const completions = new Map<string, TaskCompletion>();
  const log = readCaseLog(db, caseId);
  const shipments = log
    .filter((e) => e.kind === 'kit_shipped')
    .map((e) => ({ carrier: String(e.payload['carrier'] ?? ''), trackingNumber: String(e.payload['trackingNumber'] ?? ''), by: e.technicianId, at: e.at }));
  for (const entry of log) {
    const taskId = entry.payload['taskId'];
    if (entry.kind === 'task_completed' && typeof taskId === 'string' && !completions.has(taskId)) completions.set(taskId, { by: entry.technicianId, at: entry.at });
  }
  const checklist = checklistStanding(policy.checklist, completions, facts.separationDay, calendar, today);
  const messages = new Map<string, MessageSent>();
  for (const e of events) {
    if (e.type !== 'return_reminder_sent' || !isStep(e.step)) continue;
    const key = `${e.step}@${e.at}`;
    if (!messages.has(key)) messages.set(key, { step: e.step, recipient: e.recipient ?? '', channel: e.channel === 'itsm' ? 'itsm' : 'manual', at: e.at, by: e.technicianId });
  }
  return {
    ...header,
    assets: assetViews,
    licences: licences.map((l) => ({ licenceId: l.licenceId, name: l.name, reclaimed: l.reclaimedAt === null ? null : { by: l.reclaimedBy ?? '', at: l.reclaimedAt } })),
    checklist: checklist.items.map((i): TaskView => ({ taskId: i.taskId, title: i.title, team: i.team, phase: i.phase, securityCritical: i.securityCritical, due: isoOfDay(i.due), overdue: i.overdue, done: i.done })),
    checklistDone: checklist.done,
    messages: [...messages.values()],
    shipments,
    stepDue: standing.stepDue,
    nextStep: standing.nextStep,
    readyToClose: standing.readyToClose,
    asOf: now.toISOString(),
  };
}
