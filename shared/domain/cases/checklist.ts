import { addBusinessDays, type WorkCalendar } from './business-days';
import type { ChecklistTask } from './case-policy';
import { PHASE_BUSINESS_DAYS, PHASES } from './vocabulary';

export interface TaskCompletion {
  readonly by: string;
  readonly at: string;
}

export interface ChecklistItem extends ChecklistTask {
  /** Day number it is due. */
  readonly due: number;
  readonly done: TaskCompletion | null;
  readonly overdue: boolean;
}

export interface ChecklistStanding {
  readonly items: readonly ChecklistItem[];
  readonly done: number;
  readonly total: number;
  readonly overdue: number;
}

/** The case's checklist: security-critical tasks first, then by phase; due dates counted from the separation date. */
export function checklistStanding(
  tasks: readonly ChecklistTask[],
  completions: ReadonlyMap<string, TaskCompletion>,
  separationDay: number,
  calendar: WorkCalendar,
  today: number,
): ChecklistStanding {
  const order = (t: ChecklistTask): number => (t.securityCritical ? 0 : 10) + PHASES.indexOf(t.phase);
  const items = [...tasks]
    .sort((a, b) => order(a) - order(b))
    .map((task): ChecklistItem => {
      const due = addBusinessDays(separationDay, PHASE_BUSINESS_DAYS[task.phase], calendar);
      const done = completions.get(task.taskId) ?? null;
      return { ...task, due, done, overdue: done === null && today > due };
    });
  return { items, done: items.filter((i) => i.done !== null).length, total: items.length, overdue: items.filter((i) => i.overdue).length };
}
