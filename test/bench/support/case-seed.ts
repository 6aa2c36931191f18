import type { AssetClass } from '../../../shared/domain/asset';
import { isoOfDay, dayOfInstant } from '../../../shared/domain/cases/business-days';
import type { NewCase } from '../../../shared/domain/cases/hris-line';
import { EMPLOYEE_TYPES, ESCALATION_STEPS } from '../../../shared/domain/cases/vocabulary';
import { insertAsset } from '../../../electron/services/assets/asset-store';
import { openCase } from '../../../electron/services/cases/open-case';
import { appendCaseEvent } from '../../../electron/services/cases/store/case-events';
import type { CoreEnv } from '../../../electron/services/handler-types';
import { createSessionKeeper } from '../../../electron/services/session';
import { uuidIds } from '../../../electron/services/system';
import type { CoreFixture } from '../../support/core-fixture';
import type { Prng } from '../../support/prng';

const HELD: readonly AssetClass[] = ['laptop', 'phone', 'monitor', 'monitor', 'peripheral', 'peripheral', 'badge', 'usb-token'];

export interface CaseSeed {
  readonly cases: number;
  readonly assets: number;
  readonly returned: number;
  readonly reminders: number;
}

/**
 * Opens `cases` cases holding `perCase` inventory assets each through the real case writer (signed
 * case log, a remote-lock event per high-sensitivity device), separations spread over the last 60
 * days; a third of the assets are returned (case_returned events) and late cases got their first
 * reminders. All in one transaction, as a bulk load would be.
 */
export function seedCases(f: CoreFixture, prng: Prng, cases: number, perCase: number): CaseSeed {
  const session = { technicianId: 'SUP-1', name: 'Sam Supervisor', role: 'supervisor' as const };
  const env: CoreEnv = { db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer, sessions: createSessionKeeper(f.clock, () => 480) };
  const today = dayOfInstant(f.clock.now());
  let returned = 0;
  let reminders = 0;
  f.db.transaction(() => {
    for (let c = 0; c < cases; c += 1) {
      const assets = HELD.slice(0, perCase).map((assetClass, i) => {
        const n = c * perCase + i;
        const asset = insertAsset(
          f.db,
          uuidIds.next(),
          { assetTag: `OB-${String(n).padStart(6, '0')}`, serial: `OBS${String(n).padStart(7, '0')}`, make: 'Dell', model: 'Latitude 7440', assetClass, sensitivity: i === 0 && c % 4 === 0 ? 'high' : 'standard' },
          f.clock.now(),
        );
        return { assetId: asset.id, label: asset.assetTag ?? asset.id };
      });
      const newCase: NewCase = {
        employeeId: `E-${String(c).padStart(6, '0')}`,
        employeeName: `Employee ${c}`,
        manager: `Manager ${c % 97}`,
        employeeEmail: `employee.${c}@example.com`,
        employeeType: EMPLOYEE_TYPES[c % EMPLOYEE_TYPES.length] ?? 'full-time',
        location: c % 3 === 0 ? 'remote' : 'on-site',
        shippingAddress: c % 3 === 0 ? `${c} Long Road, Leeds` : '',
        separationDate: isoOfDay(today - prng.int(60)),
        assets,
        licences: c % 5 === 0 ? ['Adobe CC'] : [],
      };
      const opened = openCase(env, session, newCase, 'bench');
      for (const a of assets) {
        if (prng.next() < 1 / 3) {
          const on = { caseId: opened.caseId, caseNumber: opened.caseNumber, assetId: a.assetId, technicianId: 'SUP-1', site: 'Bench' };
          appendCaseEvent(env, { ...on, fact: { type: 'case_returned', receivedEventId: 'bench', batchId: 'bench' } });
          returned += 1;
        } else if (c % 2 === 0 && reminders < cases * 2) {
          appendCaseEvent(env, {
            caseId: opened.caseId,
            caseNumber: opened.caseNumber,
            assetId: a.assetId,
            technicianId: 'SUP-1',
            site: 'Bench',
            fact: { type: 'return_reminder_sent', step: ESCALATION_STEPS[0], recipient: newCase.employeeName, channel: 'manual', deadline: newCase.separationDate, messageSha256: '0'.repeat(64) },
          });
          reminders += 1;
        }
      }
    }
  })();
  return { cases, assets: cases * perCase, returned, reminders };
}
