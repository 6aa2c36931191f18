import type { NewCase } from '../../../shared/domain/cases/hris-line';
import { caseNumberOf } from '../../../shared/domain/cases/vocabulary';
import type { Session } from '../../../shared/domain/users';
import { getAssetRecords } from '../assets/asset-store';
import { appendCaseEvent } from './store/case-events';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { appendCaseLog } from './store/case-log';
import { insertCase, insertLicence, nextCaseOrdinal } from './store/case-store';

/**
 * Opens one case inside the caller's transaction: the case, its assets and licences, the signed
 * "opened" entry carrying all of it, and at once a remote-lock request on every high-sensitivity device.
 */
export function openCase(env: CoreEnv, session: Session, c: NewCase, source: string): { caseId: string; caseNumber: string; remoteLocks: number } {
  const { db, ids, clock } = env;
  const caseId = ids.next();
  const caseNumber = caseNumberOf(nextCaseOrdinal(db));
  insertCase(db, caseId, caseNumber, c, source, clock.now().toISOString(), session.technicianId);
  const licences = c.licences.map((name) => ({ licenceId: ids.next(), name }));
  for (const l of licences) insertLicence(db, l.licenceId, caseId, l.name);
  appendCaseLog(env, caseId, 'opened', { caseNumber, source, ...c, licences }, session.technicianId);
  const site = readSettings(db).site;
  const records = getAssetRecords(db, c.assets.map((a) => a.assetId));
  let remoteLocks = 0;
  for (const a of c.assets) {
    if (records.get(a.assetId)?.sensitivity !== 'high') continue;
    appendCaseEvent(env, {
      caseId,
      caseNumber,
      assetId: a.assetId,
      technicianId: session.technicianId,
      site,
      fact: { type: 'remote_lock_requested', reason: 'High-sensitivity device held by a departing employee: locked at once' },
    });
    remoteLocks += 1;
  }
  return { caseId, caseNumber, remoteLocks };
}
