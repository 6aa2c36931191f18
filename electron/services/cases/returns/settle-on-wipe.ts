import type { Session } from '../../../../shared/domain/users';
import type { CoreEnv } from '../../handler-types';
import { closeIfReady } from '../case-acts';
import { openCaseOfAsset } from '../store/case-store';

/**
 * Called in the transaction that records a wipe or its validation: when that made the device sanitized and it
 * was the last thing its open case waited for, the case closes in the same transaction, by the person who
 * recorded the wipe. A device on no open case changes nothing.
 */
export function settleCaseOnWipe(env: CoreEnv, actor: Pick<Session, 'technicianId'>, assetId: string): boolean {
  const open = openCaseOfAsset(env.db, assetId);
  return open === null ? false : closeIfReady(env, actor, open.caseId);
}
