import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import type { CoreDeps } from '../deps';
import type { CoreEnv } from '../handler-types';
import { caseDetail } from './case-detail';
import { openCaseHeader } from './case-guard';
import { readSettings } from '../settings/settings-store';
import { appendCaseEvent } from './store/case-events';
import { appendCaseLog, readCaseLog } from './store/case-log';
import { readCasePolicy } from './store/case-policy-store';
import { licencesOfCases } from './store/case-store';

/** Marks a checklist task done (by whom and when): a signed case-log entry. */
export function completeTask(env: CoreEnv, session: Session, caseId: string, taskId: string): void {
  const { db } = env;
  db.transaction(() => {
    const header = openCaseHeader(db, caseId);
    const task = readCasePolicy(db).policy.checklist.find((t) => t.taskId === taskId);
    if (task === undefined) throw new DocksideError('INVALID_INPUT', `No checklist task ${taskId}`);
    if (readCaseLog(db, caseId).some((e) => e.kind === 'task_completed' && e.payload['taskId'] === taskId)) {
      throw new DocksideError('CASE_ALREADY_RECORDED', `${task.title} is already done on ${header.caseNumber}`);
    }
    appendCaseLog(env, caseId, 'task_completed', { caseNumber: header.caseNumber, taskId, title: task.title, team: task.team }, session.technicianId);
  })();
}

/** Marks a named licence reclaimed: its seat goes back to the pool. */
export function reclaimLicence(env: CoreEnv, session: Session, caseId: string, licenceId: string): void {
  const { db } = env;
  db.transaction(() => {
    const header = openCaseHeader(db, caseId);
    const licence = licencesOfCases(db, caseId).find((l) => l.licenceId === licenceId);
    if (licence === undefined) throw new DocksideError('INVALID_INPUT', `No licence ${licenceId} on ${header.caseNumber}`);
    if (licence.reclaimedAt !== null) throw new DocksideError('CASE_ALREADY_RECORDED', `${licence.name} already reclaimed`);
    appendCaseLog(env, caseId, 'licence_reclaimed', { caseNumber: header.caseNumber, licenceId, name: licence.name }, session.technicianId);
  })();
}

/**
 * Closes a case that is ready: every asset back and sanitized or written off, every licence reclaimed. Besides
 * the case-log entry, a case_closed custody event on the case's first device carries the close through the
 * outbox, so the connector resolves the case's ITSM ticket as soon as it is online (a case without devices
 * has its ticket resolved by the next ITSM pull).
 */
export function closeCase(env: CoreDeps, session: Pick<Session, 'technicianId'>, caseId: string): void {
  const { db, clock } = env;
  db.transaction(() => {
    const header = openCaseHeader(db, caseId);
    const detail = caseDetail(db, caseId, clock.now());
    if (!detail.readyToClose) throw new DocksideError('CASE_NOT_READY', `${header.caseNumber} is not ready to close`);
    const settled = detail.assets.map((a) => ({ assetId: a.assetId, label: a.label, state: a.state }));
    appendCaseLog(env, caseId, 'closed', { caseNumber: header.caseNumber, assets: settled, licences: detail.licences.length }, session.technicianId);
    const carrier = detail.assets[0];
    if (carrier === undefined) return;
    appendCaseEvent(env, {
      caseId,
      caseNumber: header.caseNumber,
      assetId: carrier.assetId,
      technicianId: session.technicianId,
      site: readSettings(db).site,
      fact: { type: 'case_closed', assets: settled.length, licences: detail.licences.length },
    });
  })();
}

/** Closes the case on its own when the act just recorded settled the last thing (returns, write-offs, reclaims). */
export function closeIfReady(env: CoreDeps, session: Pick<Session, 'technicianId'>, caseId: string): boolean {
  const detail = caseDetail(env.db, caseId, env.clock.now());
  if (detail.closedAt !== null || !detail.readyToClose) return false;
  closeCase(env, session, caseId);
  return true;
}

/** Records the carrier and tracking number of a return kit sent to a remote employee. */
export function recordShipment(env: CoreEnv, session: Session, caseId: string, carrier: string, trackingNumber: string): void {
  const { db } = env;
  db.transaction(() => {
    const header = openCaseHeader(db, caseId);
    if (header.location !== 'remote') throw new DocksideError('CASE_NOT_REMOTE', `${header.caseNumber} is an on-site case`);
    appendCaseLog(env, caseId, 'kit_shipped', { caseNumber: header.caseNumber, carrier, trackingNumber }, session.technicianId);
  })();
}
