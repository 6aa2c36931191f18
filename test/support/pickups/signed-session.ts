import type { CoreFixture } from '../core-fixture';
import { insertVendor, signaturePng, wedge, wipedDevice } from './pickup-station';

/** A pickup of two wiped laptops, scanned onto one sealed pallet, signed by driver and technician, and (unless told) signed off. */
export async function pickupSession(f: CoreFixture, signOff = true): Promise<{ sessionId: string; reference: string }> {
  insertVendor(f, 'V-ACME', 'Acme Recycling');
  await wipedDevice(f, { assetTag: 'IT-400001', serial: 'SN400001', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-400001');
  await wipedDevice(f, { assetTag: 'IT-400002', serial: 'SN400002', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' }, 'DRV-400002');
  await f.call('pickups.stageReady', {});
  const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
  const sessionId = summary.sessionId;
  await f.call('pickups.openContainer', { sessionId, kind: 'pallet', label: 'PAL-77', seal: 'SEAL-7700' });
  await f.call('pickups.scan', { sessionId, ...wedge('IT-400001') });
  await f.call('pickups.scan', { sessionId, ...wedge('IT-400002') });
  await f.call('pickups.sign', { sessionId, role: 'driver', name: 'Dana Driver', company: 'Acme Recycling', vehicle: 'KX-12-AB', png: signaturePng() });
  await f.call('pickups.sign', { sessionId, role: 'technician', png: signaturePng() });
  if (signOff) await f.call('pickups.signOff', { sessionId, supervisor: { technicianId: 'SUP-1', pin: '4321' }, note: '' });
  return { sessionId, reference: summary.reference };
}
