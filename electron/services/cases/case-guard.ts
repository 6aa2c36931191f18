import type { Db } from '../../../db/connection';
import { DocksideError } from '../../../shared/errors';
import type { CaseHeader } from '../../../shared/domain/cases/case-views';
import { caseHeader } from './store/case-store';

/** The case, refusing a closed one: nothing more is recorded on a closed case. */
export function openCaseHeader(db: Db, caseId: string): CaseHeader {
  const header = caseHeader(db, caseId);
  if (header.closedAt !== null) throw new DocksideError('CASE_CLOSED', `Case ${header.caseNumber} closed ${header.closedAt}`);
  return header;
}
