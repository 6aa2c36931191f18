import type { Db } from '../../../../db/connection';
import type { KitContent } from '../../../../shared/domain/cases/kit-zpl';
import { DocksideError } from '../../../../shared/errors';
import { readSettings } from '../../settings/settings-store';
import { readIssuer } from '../../wipes/store/policy-store';
import { caseDetail } from '../case-detail';

/** What a remote employee's return kit carries: the items still out, from their address to the site's dock. */
export function kitContent(db: Db, caseId: string, now: Date): KitContent {
  const c = caseDetail(db, caseId, now);
  if (c.location !== 'remote') throw new DocksideError('CASE_NOT_REMOTE', `${c.caseNumber} is an on-site case`);
  const settings = readSettings(db);
  const issuer = readIssuer(db);
  const out = c.assets.filter((a) => a.state === 'outstanding' || a.state === 'overdue');
  return {
    caseNumber: c.caseNumber,
    employeeName: c.employeeName,
    employeeId: c.employeeId,
    shipFrom: `${c.employeeName || c.employeeId}, ${c.shippingAddress}`,
    returnTo: `${issuer.organisation}, ${settings.dockLocation}, ${issuer.location}`,
    items: out.map((a) => ({ label: a.label, serial: a.serial, model: a.model })),
  };
}
