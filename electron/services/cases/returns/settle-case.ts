import type { Session } from '../../../../shared/domain/users';
import type { CoreDeps } from '../../deps';
import { closeIfReady } from '../case-acts';
import { openCaseOfAsset } from '../store/case-store';

/**
 * Called in the transaction of an act that can settle a device for its case (a wipe or its validation making it
 * sanitized, staging it for destruction): when that was the last thing the open case waited for, the case closes
 * in the same transaction, by the person who did the act. Answers the number of the case it closed, if any; a
 * device on no open case changes nothing.
 */
export function settleCaseOfAsset(deps: CoreDeps, actor: Pick<Session, 'technicianId'>, assetId: string): string | null {
  const open = openCaseOfAsset(deps.db, assetId);
  return open !== null && closeIfReady(deps, actor, open.caseId) ? open.caseNumber : null;
}
