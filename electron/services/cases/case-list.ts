import type { CaseListPage, CaseRow } from '../../../shared/domain/cases/case-views';
import type { CaseFilter } from '../../../shared/domain/cases/vocabulary';
import type { BookEntry, CaseBook } from './case-book';

const KEEP: Readonly<Record<CaseFilter, (e: BookEntry) => boolean>> = {
  open: (e) => e.header.closedAt === null,
  overdue: (e) => e.header.closedAt === null && e.standing.overdue > 0,
  closed: (e) => e.header.closedAt !== null,
};

const rowOf = (e: BookEntry): CaseRow => ({
  caseId: e.header.caseId,
  caseNumber: e.header.caseNumber,
  employeeId: e.header.employeeId,
  employeeName: e.header.employeeName,
  employeeType: e.header.employeeType,
  location: e.header.location,
  separationDate: e.header.separationDate,
  assets: e.facts.assets.length,
  outstanding: e.standing.outstanding,
  overdue: e.standing.overdue,
  stepReached: e.standing.stepReached,
  nextStep: e.standing.nextStep,
  closedAt: e.header.closedAt,
});

/** One page of the case list: open and overdue cases oldest separation first, closed cases latest closed first. */
export function caseList(book: CaseBook, filter: CaseFilter, offset: number, limit: number, now: Date): CaseListPage {
  const kept = book.entries.filter(KEEP[filter]);
  if (filter === 'closed') kept.sort((a, b) => (b.header.closedAt ?? '').localeCompare(a.header.closedAt ?? ''));
  return {
    counts: {
      open: book.entries.filter(KEEP.open).length,
      overdue: book.entries.filter(KEEP.overdue).length,
      closed: book.entries.filter(KEEP.closed).length,
    },
    total: kept.length,
    rows: kept.slice(offset, offset + limit).map(rowOf),
    asOf: now.toISOString(),
  };
}
