import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay, workCalendar } from '../../../shared/domain/cases/business-days';
import { defaultCasePolicy } from '../../../shared/domain/cases/case-policy';
import { checklistStanding } from '../../../shared/domain/cases/checklist';
import { caseStanding, type CaseAssetFacts, type CaseFacts } from '../../../shared/domain/cases/standing';

const day = (iso: string): number => dayNumber(iso) ?? Number.NaN;
const policy = defaultCasePolicy();
const calendar = workCalendar([]);

const laptop: CaseAssetFacts = { assetId: 'L', assetClass: 'laptop', sensitivity: 'high', returned: false, sanitized: false, writtenOff: false, remoteWipeRequested: false };
const monitor: CaseAssetFacts = { ...laptop, assetId: 'M', assetClass: 'monitor', sensitivity: 'standard' };

function facts(over: Partial<CaseFacts> = {}): CaseFacts {
  return { caseId: 'C', employeeType: 'full-time', separationDay: day('2026-11-02'), closed: false, assets: [laptop, monitor], stepsSent: [], licencesOutstanding: 0, ...over };
}

describe('case standing (deadlines and escalation)', () => {
  it('a laptop is due on the separation day, a monitor five business days later (full-time)', () => {
    const s = caseStanding(facts(), policy, calendar, day('2026-11-02'));
    expect(s.assets.map((a) => [a.assetId, isoOfDay(a.deadline), a.state])).toEqual([
      ['L', '2026-11-02', 'outstanding'],
      ['M', '2026-11-09', 'outstanding'],
    ]);
    expect(s.nextStep).toBeNull();
  });

  it('contractors have their own rule: everything back on the last day', () => {
    const s = caseStanding(facts({ employeeType: 'contractor' }), policy, calendar, day('2026-11-02'));
    expect(s.assets.map((a) => isoOfDay(a.deadline))).toEqual(['2026-11-02', '2026-11-02']);
  });

  it('climbs the ladder in order on the configured days: employee after 1 business day late, manager after 3', () => {
    expect(caseStanding(facts(), policy, calendar, day('2026-11-03')).nextStep).toBe('employee');
    const thursday = caseStanding(facts(), policy, calendar, day('2026-11-05'));
    expect(thursday.stepDue).toBe('manager');
    expect(thursday.nextStep).toBe('employee');
    expect(caseStanding(facts({ stepsSent: ['employee'] }), policy, calendar, day('2026-11-05')).nextStep).toBe('manager');
    expect(caseStanding(facts({ stepsSent: ['employee', 'manager', 'hr'] }), policy, calendar, day('2026-11-16')).nextStep).toBe('legal');
    expect(caseStanding(facts({ stepsSent: ['employee', 'manager'] }), policy, calendar, day('2026-11-16')).stepReached).toBe('manager');
  });

  it('a late high-sensitivity device is due for a remote wipe until one is requested', () => {
    expect(caseStanding(facts(), policy, calendar, day('2026-11-02')).remoteWipesDue).toBe(0);
    expect(caseStanding(facts(), policy, calendar, day('2026-11-03')).remoteWipesDue).toBe(1);
    const requested = facts({ assets: [{ ...laptop, remoteWipeRequested: true }, monitor] });
    expect(caseStanding(requested, policy, calendar, day('2026-11-03')).remoteWipesDue).toBe(0);
  });

  it('is ready to close only when every asset is back and sanitized or written off, and every licence reclaimed', () => {
    const back = { ...laptop, returned: true, sanitized: false };
    expect(caseStanding(facts({ assets: [back, { ...monitor, returned: true, sanitized: true }] }), policy, calendar, day('2026-11-03')).readyToClose).toBe(false);
    const settled = facts({ assets: [{ ...back, sanitized: true }, { ...monitor, writtenOff: true }] });
    expect(caseStanding(settled, policy, calendar, day('2026-11-03')).readyToClose).toBe(true);
    expect(caseStanding({ ...settled, licencesOutstanding: 1 }, policy, calendar, day('2026-11-03')).readyToClose).toBe(false);
  });

  it('the checklist puts security-critical tasks first, with due dates from the separation date', () => {
    const done = new Map([['accounts', { by: 'T-1', at: '2026-11-02T09:00:00.000Z' }]]);
    const list = checklistStanding(policy.checklist, done, day('2026-11-02'), calendar, day('2026-11-04'));
    expect(list.items.slice(0, 4).every((t) => t.securityCritical)).toBe(true);
    expect(list.items.find((t) => t.taskId === 'exit-interview')?.overdue).toBe(true);
    expect(isoOfDay(list.items.find((t) => t.taskId === 'payroll')?.due ?? 0)).toBe('2026-11-09');
    expect(list.done).toBe(1);
    // Three immediate tasks still open (due 2 Nov) and both within-a-day tasks (due 3 Nov).
    expect(list.overdue).toBe(5);
  });
});
