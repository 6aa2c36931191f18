import { afterEach, describe, expect, it } from 'vitest';
import { verifyDatabase } from '../../../electron/services/custody/verify-db';
import type { PickupScanResult } from '../../../shared/domain/pickups/pickup-views';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { blankPng, insertVendor, signaturePng, wedge, wipedDevice } from '../../support/pickups/pickup-station';
import { receivedDevice } from '../../support/wipes/wipe-station';

const SUPERVISOR = { technicianId: 'SUP-1', pin: '4321' };

function kindOf(result: PickupScanResult): string {
  return result.kind;
}

async function station(): Promise<CoreFixture> {
  const f = await signedInFixture();
  insertVendor(f, 'V-ACME', 'Acme Recycling');
  await wipedDevice(f, { assetTag: 'IT-100001', serial: 'PF1AAA01', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-0001');
  await wipedDevice(f, { assetTag: 'IT-100002', serial: 'PF1AAA02', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-0002');
  await wipedDevice(f, { assetTag: 'IT-100003', serial: 'PF1AAA03', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' }, 'DRV-0003');
  return f;
}

function statusOf(f: CoreFixture, tag: string): string {
  return (f.db.prepare('SELECT status FROM assets WHERE asset_tag = ?').get(tag) as { status: string }).status;
}

describe('pickup sessions on a real database', () => {
  let f: CoreFixture;
  afterEach(() => removeFixture(f));

  it('stages wiped devices, builds the manifest from them and matches scans live into the open container', async () => {
    f = await station();
    const overview = await f.call('pickups.overview', {});
    expect(overview.readyToStage).toBe(3);
    expect((await f.call('pickups.stageReady', {})).staged).toBe(3);
    expect(statusOf(f, 'IT-100001')).toBe('awaiting-pickup');

    const session = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
    expect(session.summary.counters).toMatchObject({ expected: 3, scanned: 0, missing: 3, unexpected: 0, substituted: 0 });
    expect(session.lines.map((l) => l.assetTag)).toEqual(['IT-100001', 'IT-100002', 'IT-100003']);

    expect(expectFailure(await f.core.invoke('pickups.scan', { sessionId: session.summary.sessionId, ...wedge('IT-100001') }))).toBe('PICKUP_NO_CONTAINER');
    await f.call('pickups.openContainer', { sessionId: session.summary.sessionId, kind: 'pallet', label: 'PAL-1', seal: '' });

    const first = await f.call('pickups.scan', { sessionId: session.summary.sessionId, ...wedge('IT-100001') });
    expect(first.kind).toBe('matched');
    if (first.kind !== 'matched') throw new Error('not matched');
    expect(first.line.containerLabel).toBe('PAL-1');
    expect(first.counters).toMatchObject({ expected: 3, scanned: 1, missing: 2 });
    expect(statusOf(f, 'IT-100001')).toBe('picked-up');

    // By serial, in lower case, goes to the same kind of line; scanning it again records nothing.
    expect(kindOf(await f.call('pickups.scan', { sessionId: session.summary.sessionId, ...wedge('pf1aaa02') }))).toBe('matched');
    const again = await f.call('pickups.scan', { sessionId: session.summary.sessionId, ...wedge('IT-100002') });
    expect(again.kind).toBe('duplicate');
    expect(again.counters.scanned).toBe(2);

    const payload = JSON.parse((f.db.prepare("SELECT e.payload FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = 'IT-100001' AND e.type = 'picked_up'").get() as { payload: string }).payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ sessionId: session.summary.sessionId, vendorId: 'V-ACME', containerLabel: 'PAL-1', source: 'wedge', statusBefore: 'awaiting-pickup' });
    expect(verifyDatabase(f.db, { kind: 'log' }).ok).toBe(true);
  });

  it('flags an unexpected device and a drive scanned apart from its host as substituted, and needs each resolved before sign-off', async () => {
    f = await station();
    await f.call('pickups.stageScan', { raw: 'IT-100001', purpose: 'disposition' });
    await f.call('pickups.stageScan', { raw: 'IT-100002', purpose: 'disposition' });
    const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
    const sessionId = summary.sessionId;
    await f.call('pickups.openContainer', { sessionId, kind: 'box', label: 'BOX-7', seal: 'S-0001' });

    await f.call('pickups.scan', { sessionId, ...wedge('IT-100001') });
    const unexpected = await f.call('pickups.scan', { sessionId, ...wedge('IT-100003') });
    expect(unexpected.kind).toBe('unexpected');
    const drive = await f.call('pickups.scan', { sessionId, ...wedge('DRV-0002') });
    expect(drive.kind).toBe('substituted');
    if (drive.kind !== 'substituted') throw new Error('not substituted');
    expect(drive.line.substitution).toEqual(['Drive DRV-0002 is recorded inside IT-100002: it was expected inside its host, not on its own.']);
    expect(drive.counters).toMatchObject({ expected: 2, scanned: 3, missing: 1, unexpected: 1, substituted: 1 });

    await f.call('pickups.sign', { sessionId, role: 'driver', name: 'Dana Driver', company: 'Acme Recycling', vehicle: 'Truck KX-12-AB', png: signaturePng() });
    await f.call('pickups.sign', { sessionId, role: 'technician', png: signaturePng() });
    const refused = await f.core.invoke('pickups.signOff', { sessionId, supervisor: SUPERVISOR, note: '' });
    expect(expectFailure(refused)).toBe('PICKUP_DISCREPANCIES_OPEN');
    if (refused.ok) throw new Error('signed off');
    expect(Object.values(refused.error.details ?? {})).toEqual(expect.arrayContaining(['3 open: Line 2 IT-100002: missing; Line 3 IT-100003: unexpected; Line 4 DRV-0002: substituted', 'Line 2 IT-100002: missing', 'Line 3 IT-100003: unexpected', 'Line 4 DRV-0002: substituted']));

    const lines = (await f.call('pickups.session', { sessionId })).lines;
    const lineOf = (label: string) => lines.find((l) => l.assetTag === label || l.serial === label)?.lineNo ?? 0;
    expect(expectFailure(await f.core.invoke('pickups.resolve', { sessionId, lineNo: lineOf('IT-100002'), resolution: 'added', reason: 'x' }))).toBe('PICKUP_RESOLUTION_INVALID');
    await f.call('pickups.resolve', { sessionId, lineNo: lineOf('IT-100002'), resolution: 'left-behind', reason: 'Host held back: its drive was pulled' });
    await f.call('pickups.resolve', { sessionId, lineNo: lineOf('IT-100003'), resolution: 'added', reason: 'Vendor agreed to take it on this run' });
    const afterResolve = await f.call('pickups.resolve', { sessionId, lineNo: lineOf('DRV-0002'), resolution: 'left-behind', reason: 'Drive goes back into its host' });
    expect(afterResolve.summary.counters).toMatchObject({ expected: 3, missing: 0, unexpected: 0, substituted: 0, resolved: 3 });
    // Resolving changed what was signed for: the signatures are void and must be taken again.
    expect(afterResolve.signatures).toEqual([]);
    expect(expectFailure(await f.core.invoke('pickups.signOff', { sessionId, supervisor: SUPERVISOR, note: '' }))).toBe('PICKUP_SIGNATURES_MISSING');
    const hostEvents = f.db.prepare("SELECT e.type FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = 'IT-100002' ORDER BY e.seq").all() as { type: string }[];
    expect(hostEvents.map((e) => e.type)).toContain('substitution_found');
    expect(statusOf(f, 'IT-100002')).toBe('awaiting-pickup');
  });

  it('refuses a device that is not wiped to policy, with the reason; a supervisor PIN overrides it and is recorded as such', async () => {
    f = await station();
    await receivedDevice(f, { assetTag: 'IT-200001', serial: 'RAW0001', make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
    await f.call('users.add', { technicianId: 'TECH-2', name: 'Terry Tech', role: 'technician', pin: '2222' });
    const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: false });
    const sessionId = summary.sessionId;
    await f.call('pickups.openContainer', { sessionId, kind: 'pallet', label: 'PAL-9', seal: '' });

    const refused = await f.call('pickups.scan', { sessionId, raw: 'IT-200001', source: 'camera', override: null });
    expect(refused).toMatchObject({ kind: 'refused', label: 'IT-200001', canOverride: true });
    if (refused.kind !== 'refused') throw new Error('not refused');
    expect(refused.reasons).toEqual(['Not wiped to policy.', 'No drive recorded yet: add the storage it holds (serial and type).']);
    expect(statusOf(f, 'IT-200001')).toBe('received');

    const notSupervisor = await f.core.invoke('pickups.scan', { sessionId, raw: 'IT-200001', source: 'wedge', override: { supervisor: { technicianId: 'TECH-2', pin: '2222' }, reason: 'x' } });
    expect(expectFailure(notSupervisor)).toBe('PICKUP_NOT_SUPERVISOR');
    const wrongPin = await f.core.invoke('pickups.scan', { sessionId, raw: 'IT-200001', source: 'wedge', override: { supervisor: { technicianId: 'SUP-1', pin: '0000' }, reason: 'x' } });
    expect(expectFailure(wrongPin)).toBe('BAD_CREDENTIALS');

    const overridden = await f.call('pickups.scan', {
      sessionId,
      raw: 'IT-200001',
      source: 'camera',
      override: { supervisor: SUPERVISOR, reason: 'Vendor shreds it on arrival (NAID AAA)' },
    });
    expect(overridden).toMatchObject({ kind: 'unexpected', overridden: true });
    if (overridden.kind !== 'unexpected') throw new Error('not recorded');
    expect(overridden.line.override).toEqual({ by: 'SUP-1', reason: 'Vendor shreds it on arrival (NAID AAA)' });
    const picked = JSON.parse((f.db.prepare("SELECT e.payload FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = 'IT-200001' AND e.type = 'picked_up'").get() as { payload: string }).payload) as Record<string, unknown>;
    expect(picked.override).toEqual({ supervisorId: 'SUP-1', reason: 'Vendor shreds it on arrival (NAID AAA)', shortfalls: refused.reasons });
    expect(picked.source).toBe('camera');
    const facts = f.db.prepare("SELECT kind, payload ->> 'source' AS source FROM pickup_facts WHERE session_id = ? AND kind IN ('scan', 'scan_refused') ORDER BY seq").all(sessionId);
    expect(facts).toEqual([{ kind: 'scan_refused', source: 'camera' }, { kind: 'scan', source: 'camera' }]);
    const view = await f.call('pickups.session', { sessionId });
    expect(view.summary.overrides).toBe(1);
    expect(view.activity.map((a) => a.text)).toEqual(
      expect.arrayContaining([
        'Refused IT-200001: Not wiped to policy. No drive recorded yet: add the storage it holds (serial and type).',
        'Scanned IT-200001 into PAL-9: unexpected (refusal overridden by supervisor SUP-1: Vendor shreds it on arrival (NAID AAA))',
      ]),
    );
  });

  it('stages an unwiped device only for destruction, and then lets it go without a refusal', async () => {
    f = await station();
    await receivedDevice(f, { assetTag: 'IT-200009', serial: 'RAW0009', make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
    expect(expectFailure(await f.core.invoke('pickups.stageScan', { raw: 'IT-200009', purpose: 'disposition' }))).toBe('PICKUP_NOT_STAGEABLE');
    expect(await f.call('pickups.stageScan', { raw: 'IT-200009', purpose: 'destruction' })).toEqual({ staged: 1, label: 'IT-200009' });
    expect(await f.call('pickups.stageScan', { raw: 'IT-200009', purpose: 'destruction' })).toEqual({ staged: 0, label: 'IT-200009' });
    const overview = await f.call('pickups.overview', {});
    expect(overview.staged.map((s) => [s.label, s.purpose])).toEqual([['IT-200009', 'destruction']]);
    const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
    await f.call('pickups.openContainer', { sessionId: summary.sessionId, kind: 'box', label: 'SHRED-1', seal: '' });
    const scanned = await f.call('pickups.scan', { sessionId: summary.sessionId, ...wedge('IT-200009') });
    expect(scanned).toMatchObject({ kind: 'matched', overridden: false });
    expect(statusOf(f, 'IT-200009')).toBe('picked-up');
    // Once gone, it is refused for good: no override brings back a device that already left.
    const { summary: second } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: false });
    await f.call('pickups.openContainer', { sessionId: second.sessionId, kind: 'box', label: 'B-2', seal: '' });
    expect(await f.call('pickups.scan', { sessionId: second.sessionId, ...wedge('IT-200009') })).toMatchObject({ kind: 'refused', canOverride: false, reasons: ['It already left the dock (status: picked-up).'] });
  });

  it('signs off a reconciled session, then locks it: scans and edits are refused, corrections are new signed facts, the facts verify', async () => {
    f = await station();
    await f.call('pickups.stageReady', {});
    const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
    const sessionId = summary.sessionId;
    await f.call('pickups.openContainer', { sessionId, kind: 'pallet', label: 'PAL-1', seal: '' });
    for (const tag of ['IT-100001', 'IT-100002', 'IT-100003']) await f.call('pickups.scan', { sessionId, ...wedge(tag) });
    const container = (await f.call('pickups.session', { sessionId })).containers[0]?.containerId ?? '';
    await f.call('pickups.sealContainer', { sessionId, containerId: container, seal: 'SEAL-778899' });

    expect(expectFailure(await f.core.invoke('pickups.sign', { sessionId, role: 'technician', png: blankPng() }))).toBe('PICKUP_SIGNATURE_INVALID');
    await f.call('pickups.sign', { sessionId, role: 'driver', name: 'Dana Driver', company: 'Acme Recycling', vehicle: 'KX-12-AB', png: signaturePng() });
    await f.call('pickups.sign', { sessionId, role: 'technician', png: signaturePng() });
    expect(expectFailure(await f.core.invoke('pickups.correct', { sessionId, lineNo: null, withdraw: false, text: 'too early' }))).toBe('PICKUP_NOT_SIGNED_OFF');
    const signed = await f.call('pickups.signOff', { sessionId, supervisor: SUPERVISOR, note: 'Checked the seal' });
    expect(signed.summary).toMatchObject({ status: 'signed-off', signedOffBy: 'SUP-1' });
    expect(signed.signatures.map((s) => s.role)).toEqual(['driver', 'technician', 'supervisor']);
    expect(signed.factsVerified).toBe(true);

    expect(expectFailure(await f.core.invoke('pickups.scan', { sessionId, ...wedge('IT-100001') }))).toBe('PICKUP_LOCKED');
    expect(expectFailure(await f.core.invoke('pickups.openContainer', { sessionId, kind: 'box', label: 'B', seal: '' }))).toBe('PICKUP_LOCKED');
    expect(() => f.db.prepare('UPDATE pickup_lines SET serial = ? WHERE session_id = ?').run('FORGED', sessionId)).toThrow(/signed off/);
    expect(() => f.db.prepare("UPDATE pickup_sessions SET status = 'open' WHERE session_id = ?").run(sessionId)).toThrow(/signed off/);
    expect(() => f.db.prepare('DELETE FROM pickup_facts WHERE session_id = ?').run(sessionId)).toThrow(/append-only/);

    const corrected = await f.call('pickups.correct', { sessionId, lineNo: 3, withdraw: true, text: 'IT-100003 was found still on the dock after the truck left' });
    expect(corrected.lines[2]?.resolution).toBeNull();
    expect(corrected.activity.at(-1)?.text).toBe('Correction to line 3 (taken off the pickup): IT-100003 was found still on the dock after the truck left');
    expect(statusOf(f, 'IT-100003')).toBe('awaiting-pickup');
    expect(corrected.factsVerified).toBe(true);
    expect(verifyDatabase(f.db, { kind: 'log' }).ok).toBe(true);

    // A fact changed behind Dockside's back no longer verifies.
    f.db.exec('DROP TRIGGER pickup_facts_no_update');
    f.db.prepare("UPDATE pickup_facts SET payload = json_set(payload, '$.seal', 'SEAL-000000') WHERE session_id = ? AND kind = 'container_sealed'").run(sessionId);
    expect((await f.call('pickups.session', { sessionId })).factsVerified).toBe(false);
  });

  it('refuses to sign off a session whose lines were changed behind its signed record', async () => {
    f = await station();
    await f.call('pickups.stageScan', { raw: 'IT-100001', purpose: 'disposition' });
    const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
    const sessionId = summary.sessionId;
    await f.call('pickups.openContainer', { sessionId, kind: 'box', label: 'BOX-1', seal: '' });
    await f.call('pickups.scan', { sessionId, ...wedge('IT-100001') });
    await f.call('pickups.scan', { sessionId, ...wedge('DRV-0003') });
    // Someone clears the substitution flag in the file, so the session looks clean.
    f.db.prepare('UPDATE pickup_lines SET substitution = NULL, origin = ? WHERE session_id = ? AND line_no = 2').run('manifest', sessionId);
    await f.call('pickups.sign', { sessionId, role: 'driver', name: 'Dana Driver', company: 'Acme', vehicle: 'KX-1', png: signaturePng() });
    await f.call('pickups.sign', { sessionId, role: 'technician', png: signaturePng() });
    const refused = await f.core.invoke('pickups.signOff', { sessionId, supervisor: SUPERVISOR, note: '' });
    expect(expectFailure(refused)).toBe('PICKUP_RECORD_BROKEN');
    if (refused.ok) throw new Error('signed off');
    expect(refused.error.details?.reason).toBe("The scan of DRV-0003 (fact 5, line 2) is not what the session's lines show.");
    expect((await f.call('pickups.session', { sessionId })).summary.status).toBe('open');
  });

  it('filters sessions for review by vendor, date and status', async () => {
    f = await station();
    insertVendor(f, 'V-BETA', 'Beta ITAD');
    await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: false });
    f.clock.advance(3 * 24 * 3_600_000);
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const beta = await f.call('pickups.create', { vendorId: 'V-BETA', fromStaged: false });
    const day = beta.summary.createdAt.slice(0, 10);
    expect((await f.call('pickups.list', { vendorId: 'V-BETA', from: null, to: null, status: null })).map((s) => s.vendorName)).toEqual(['Beta ITAD']);
    expect((await f.call('pickups.list', { vendorId: null, from: day, to: day, status: null })).map((s) => s.sessionId)).toEqual([beta.summary.sessionId]);
    expect(await f.call('pickups.list', { vendorId: null, from: null, to: null, status: 'signed-off' })).toEqual([]);
    expect(expectFailure(await f.core.invoke('pickups.create', { vendorId: 'V-NOPE', fromStaged: false }))).toBe('VENDOR_NOT_FOUND');
  });
});
