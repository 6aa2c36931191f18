import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES } from '../../../shared/domain/asset';
import { dayNumber, dayOfInstant, isoOfDay } from '../../../shared/domain/cases/business-days';
import type { DashboardView } from '../../../shared/domain/cases/case-views';
import { ESCALATION_STEPS, type EscalationStep } from '../../../shared/domain/cases/vocabulary';
import type { CsvFile } from '../../../shared/domain/sanitization/wipe-views';
import { csvDocument } from '../wipes/export/csv';
import type { CaseBook } from './case-book';

const WEEKS_SHOWN = 12;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Monday of the week a day falls in (1970-01-01 was a Thursday). */
const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

function wipeBacklog(db: Db): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM wipe_queue q JOIN assets a ON a.id = q.asset_id
       WHERE q.open = 1 AND (a.asset_class IN (SELECT value FROM json_each(?)) OR EXISTS (SELECT 1 FROM wipe_media m WHERE m.asset_id = a.id))`,
    )
    .get(JSON.stringify(DATA_BEARING_CLASSES)) as { n: number };
  return row.n;
}

function dashboardOf(db: Db, book: CaseBook, now: Date): DashboardView {
  const open = book.entries.filter((e) => e.header.closedAt === null);
  const byStep = new Map<EscalationStep | 'none', number>();
  for (const e of open) {
    if (e.standing.overdue === 0) continue;
    const step = e.standing.stepReached ?? 'none';
    byStep.set(step, (byStep.get(step) ?? 0) + 1);
  }
  const recovery = book.entries.flatMap((e) => {
    const separated = dayNumber(e.header.separationDate);
    if (e.header.closedAt === null || separated === null) return [];
    return [Math.max(0, dayOfInstant(new Date(e.header.closedAt)) - separated)];
  });
  const thisWeek = mondayOf(book.today);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => thisWeek - (WEEKS_SHOWN - 1 - i) * 7);
  const perWeek = new Map<number, number>(weeks.map((w) => [w, 0]));
  for (const e of open) {
    const week = mondayOf(dayNumber(e.header.separationDate) ?? book.today);
    const count = perWeek.get(week);
    if (count !== undefined) perWeek.set(week, count + 1);
  }
  const picked = db.prepare("SELECT count(*) AS n FROM assets WHERE status = 'picked-up'").get() as { n: number };
  return {
    openCases: open.length,
    overdueByStep: (['none', ...ESCALATION_STEPS] as const).map((step) => ({ step, cases: byStep.get(step) ?? 0 })),
    wipeBacklog: wipeBacklog(db),
    pickupsAwaitingDisposition: picked.n,
    medianDaysToRecovery: median(recovery),
    recoveredCases: recovery.length,
    openByWeek: weeks.map((w) => ({ week: isoOfDay(w), cases: perWeek.get(w) ?? 0 })),
    asOf: now.toISOString(),
  };
}

/** The supervisor's dashboard, from the whole book of cases. */
export function dashboard(db: Db, book: CaseBook, now: Date): DashboardView {
  return dashboardOf(db, book, now);
}

/** The open cases with their figures, one row each, for a spreadsheet. */
export function dashboardCsv(book: CaseBook, now: Date): CsvFile {
  const open = book.entries.filter((e) => e.header.closedAt === null);
  const rows = open.map((e) => [
    e.header.caseNumber,
    e.header.employeeId,
    e.header.employeeName,
    e.header.employeeType,
    e.header.location,
    e.header.separationDate,
    e.facts.assets.length,
    e.standing.outstanding,
    e.standing.overdue,
    e.standing.stepReached ?? '',
    e.standing.nextStep ?? '',
    e.standing.remoteWipesDue,
  ]);
  const header = ['case', 'employee_id', 'employee_name', 'employee_type', 'location', 'separation_date', 'assets', 'outstanding', 'overdue', 'escalation_reached', 'escalation_due', 'remote_wipes_due'];
  return { fileName: `dockside-open-cases-${now.toISOString().slice(0, 10)}.csv`, content: csvDocument(header, rows), rows: rows.length };
}
