import type { Db } from '../../../db/connection';
import { dayOfInstant } from '../../../shared/domain/cases/business-days';
import { bookOrder, entriesFor, factsFromRows, readBookRows, readCaseBook, type BookEntry, type CaseBook } from './case-book';

/** Where the log stood when the book was read: what has been written since is what changed. */
interface Mark {
  readonly eventSeq: number;
  readonly logSeq: number;
  readonly caseRowid: number;
  readonly policyAt: string;
}

interface Cached {
  readonly mark: Mark;
  readonly book: CaseBook;
}

/**
 * The book of cases, kept per core and brought up to date on each read: only the cases touched since
 * (a custody event on one of their assets, a case-log entry, a new case) are read again and recomputed;
 * a new day recomputes every standing from the facts in memory; a new policy reads everything again.
 * The result is always what readCaseBook would give.
 */
export function caseBookCache(db: Db): { read(now: Date): CaseBook } {
  const markNow = db.prepare(
    `SELECT coalesce((SELECT max(seq) FROM custody_events), 0) AS eventSeq, coalesce((SELECT max(seq) FROM case_log), 0) AS logSeq,
       coalesce((SELECT max(rowid) FROM cases), 0) AS caseRowid, coalesce((SELECT updated_at FROM case_policy WHERE id = 1), '') AS policyAt`,
  );
  const touched = db.prepare(
    `SELECT ca.case_id FROM custody_events e JOIN case_assets ca ON ca.asset_id = e.asset_id WHERE e.seq > @eventSeq
     UNION SELECT case_id FROM case_log WHERE seq > @logSeq
     UNION SELECT case_id FROM cases WHERE rowid > @caseRowid`,
  );
  let cached: Cached | null = null;

  function refresh(from: Cached, mark: Mark, today: number): CaseBook {
    const { policy, calendar } = from.book;
    const ids = touched.pluck().all({ eventSeq: from.mark.eventSeq, logSeq: from.mark.logSeq, caseRowid: from.mark.caseRowid }) as string[];
    if (ids.length === 0 && today === from.book.today) return from.book;
    const rows = readBookRows(db, ids);
    const fresh = new Map(entriesFor(rows.headers, factsFromRows(rows), policy, calendar, today).map((e) => [e.header.caseId, e]));
    const kept = from.book.entries.filter((e) => !fresh.has(e.header.caseId));
    const keptNow: readonly BookEntry[] =
      today === from.book.today ? kept : entriesFor(kept.map((e) => e.header), kept.map((e) => e.facts), policy, calendar, today);
    const entries = [...keptNow, ...fresh.values()].sort(bookOrder);
    return { entries, policy, calendar, today };
  }

  return {
    read(now) {
      const mark = markNow.get() as Mark;
      const today = dayOfInstant(now);
      const book =
        cached === null || cached.mark.policyAt !== mark.policyAt ? readCaseBook(db, now) : refresh(cached, mark, today);
      cached = { mark, book };
      return book;
    },
  };
}

