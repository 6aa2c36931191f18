import type { CaseReturnNote } from '../../../../shared/domain/cases/case-views';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { Session } from '../../../../shared/domain/users';
import { appendCaseEvent } from '../store/case-events';
import type { CoreEnv } from '../../handler-types';
import { closeIfReady } from '../case-acts';
import { caseHeader, openCaseOfAsset, offboardingEvents } from '../store/case-store';

/**
 * Called in the receiving transaction: a device on an open case that has not come back yet is ticked
 * off its own case (a case_returned event linking the receipt), whichever case the desk had open.
 */
export function returnAgainstCase(env: CoreEnv, session: Session, received: CustodyEvent, batchId: string): CaseReturnNote | null {
  const { db } = env;
  const open = openCaseOfAsset(db, received.assetId);
  if (open === null) return null;
  const events = offboardingEvents(db, open.caseId);
  const settled = (assetId: string): boolean => events.some((e) => e.assetId === assetId && (e.type === 'case_returned' || e.type === 'written_off'));
  if (settled(received.assetId)) return null;
  appendCaseEvent(env, {
    caseId: open.caseId,
    caseNumber: open.caseNumber,
    assetId: received.assetId,
    technicianId: session.technicianId,
    site: received.site,
    fact: { type: 'case_returned', receivedEventId: received.id, batchId },
  });
  closeIfReady(env, session, open.caseId);
  const expected = (db.prepare('SELECT count(*) AS n FROM case_assets WHERE case_id = ?').get(open.caseId) as { n: number }).n;
  const returned = new Set(events.filter((e) => e.type === 'case_returned').map((e) => e.assetId)).size + 1;
  return { caseId: open.caseId, caseNumber: open.caseNumber, employeeName: caseHeader(db, open.caseId).employeeName, returned, expected };
}
