import type { AssetIdentity, AssetView } from '../../../shared/domain/asset';
import type { CaseImportResult } from '../../../shared/domain/cases/case-views';
import type { CoreFixture } from '../core-fixture';

export const csvFile = (fileName: string, lines: readonly string[]) => ({ fileName, contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') });

export const HRIS_HEADER = 'employee_id,employee_name,manager,employee_type,location,shipping_address,separation_date,separation_confirmed,assets,licences';
/** The same columns and the employee's e-mail address last. */
export const HRIS_HEADER_WITH_EMAIL = `${HRIS_HEADER},employee_email`;

/** Registers devices in the inventory (not received), as the HRIS would list them. */
export async function inventory(f: CoreFixture, devices: readonly (Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>)[]): Promise<AssetView[]> {
  const out: AssetView[] = [];
  for (const d of devices) out.push(await f.call('assets.register', d));
  return out;
}

/** Receives one device at the dock through the real receiving handlers, and returns what the desk was told. */
export async function receive(f: CoreFixture, asset: AssetView) {
  const batch = await f.call('receiving.startBatch', {});
  return f.call('receiving.receive', {
    batchId: batch.batchId,
    assetId: asset.id,
    source: 'wedge',
    scanned: asset.assetTag ?? asset.serial ?? '',
    condition: null,
    damage: [],
    accessories: [],
    note: '',
  });
}

/** One case for Ada (a high-sensitivity laptop, a monitor, a badge, one licence), opened through the real import. */
export async function adaCase(f: CoreFixture): Promise<{ result: CaseImportResult; caseId: string; laptop: AssetView; monitor: AssetView; badge: AssetView }> {
  const [laptop, monitor, badge] = await inventory(f, [
    { assetTag: 'IT-000101', serial: 'PF1LAP', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', sensitivity: 'high', custodian: 'E-100' },
    { assetTag: 'IT-000102', serial: 'MON102', make: 'Dell', model: 'P2422H', assetClass: 'monitor', custodian: 'E-100' },
    { assetTag: 'BADGE-7', make: 'HID', model: 'iCLASS', assetClass: 'badge', custodian: 'E-100' },
  ]);
  if (laptop === undefined || monitor === undefined || badge === undefined) throw new Error('inventory not created');
  const result = await f.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-100,Ada Lovelace,Grace Hopper,full-time,on-site,,2026-11-02,yes,IT-000101;IT-000102;BADGE-7,Figma']));
  const page = await f.call('cases.list', { filter: 'open', offset: 0, limit: 10 });
  const caseId = page.rows.find((r) => r.employeeId === 'E-100')?.caseId;
  if (caseId === undefined) throw new Error('case not opened');
  return { result, caseId, laptop, monitor, badge };
}
