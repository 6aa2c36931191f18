import type { CaseRow } from '../../../../shared/domain/cases/case-views';
import { EMPLOYEE_TYPE_WORDS } from '../../../../shared/domain/cases/vocabulary';
import { openCase } from '../../actions/case-actions';
import { loadCasePage } from '../../actions/case-list-actions';
import { stepWords } from '../../format/case-words';
import { CASE_PAGE_SIZE, caseRowAt, useCasesStore } from '../../stores/cases-store';
import { usePagedRows } from '../common/use-paged-rows';

const ROW_HEIGHT = 54;

function Row({ row }: { readonly row: CaseRow }) {
  return (
    <>
      <span role="cell" className="cases__id">
        <strong>{row.caseNumber}</strong>
        <small>{row.employeeId}</small>
      </span>
      <span role="cell">
        {row.employeeName || row.employeeId}
        <small>
          {EMPLOYEE_TYPE_WORDS[row.employeeType]}, {row.location}
        </small>
      </span>
      <span role="cell">
        {row.separationDate}
        <small>{row.closedAt === null ? 'separation' : `closed ${row.closedAt.slice(0, 10)}`}</small>
      </span>
      <span role="cell">
        {row.assets - row.outstanding}/{row.assets} back
        {row.overdue > 0 && <small className="cases__late">{row.overdue} overdue</small>}
      </span>
      <span role="cell">
        {stepWords(row.stepReached)}
        {row.nextStep !== null && <small className="cases__late">due: {stepWords(row.nextStep)}</small>}
      </span>
    </>
  );
}

/** The cases as a virtualised table: only the rows in view are drawn, only the pages in view are fetched. */
export function CaseList() {
  const total = useCasesStore((s) => s.total) ?? 0;
  const pages = useCasesStore((s) => s.pages);
  const { scrollRef, items, totalSize } = usePagedRows({ total, pageSize: CASE_PAGE_SIZE, rowHeight: ROW_HEIGHT, loadPage: loadCasePage });

  return (
    <div className="cases" role="table" aria-label="Offboarding cases" aria-rowcount={total}>
      <div className="cases__row cases__row--head" role="row">
        <span role="columnheader">Case</span>
        <span role="columnheader">Employee</span>
        <span role="columnheader">Separation</span>
        <span role="columnheader">Returned</span>
        <span role="columnheader">Escalation</span>
      </div>
      <div className="cases__scroll" ref={scrollRef} data-testid="cases-scroll">
        {total === 0 && <p className="cases__empty">No cases here.</p>}
        <div className="cases__space" style={{ height: totalSize }}>
          {items.map((item) => {
            const row = caseRowAt(pages, item.index);
            return (
              <div
                key={item.index}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 1}
                className={`cases__row cases__row--item${row !== undefined && row.overdue > 0 ? ' cases__row--overdue' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => row !== undefined && void openCase(row.caseId)}
                onKeyDown={(e) => e.key === 'Enter' && row !== undefined && void openCase(row.caseId)}
              >
                {row === undefined ? <span role="cell">Loading…</span> : <Row row={row} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
