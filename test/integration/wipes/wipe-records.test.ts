import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readState, replayState } from '../../../electron/services/custody/projection-store';
import { verifyDatabase } from '../../../electron/services/custody/verify-db';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { addDrive, countRows, later, mediumId, receivedDevice, wipeInput } from '../../support/wipes/wipe-station';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the wipe queue and wipe records on a real database', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
    await f.call('users.add', { technicianId: 'TECH-2', name: 'Tia Second', role: 'technician', pin: '2468' });
  });
  afterEach(() => removeFixture(f));

  it('queues every received device that holds data, high sensitivity first, then oldest, with deadline and overdue', async () => {
    await receivedDevice(f, { assetTag: 'IT-000001', serial: 'L1', assetClass: 'laptop' });
    await later(f, HOUR);
    await receivedDevice(f, { assetTag: 'IT-000002', serial: 'M1', assetClass: 'monitor' });
    await later(f, HOUR);
    await receivedDevice(f, { assetTag: 'IT-000003', serial: 'P1', assetClass: 'phone', sensitivity: 'high' });
    await f.call('assets.register', { assetTag: 'IT-000004', serial: 'L2', assetClass: 'laptop' });
    await later(f, 10 * DAY);
    const page = await f.call('wipes.queue', { offset: 0, limit: 50 });
    expect(page.rows.map((r) => r.label)).toEqual(['IT-000003', 'IT-000001']);
    expect(page).toMatchObject({ total: 2, highSensitivity: 1, overdue: 1 });
    const [phone, laptop] = page.rows;
    expect(phone).toMatchObject({ requiredLevel: 'purge', overdue: true, media: 0, reason: 'No drive recorded yet: add the storage it holds (serial and type).' });
    expect(laptop).toMatchObject({ requiredLevel: 'clear', overdue: false, deadlineAt: '2026-11-16T08:00:00.000Z' });

    // A monitor with a recorded drive (a smart display's flash) holds data too.
    const monitor = (await f.call('assets.search', { query: 'IT-000002', limit: 1 }))[0];
    if (monitor === undefined) throw new Error('monitor missing');
    await addDrive(f, monitor.id, 'EMMC-77', 'flash');
    expect((await f.call('wipes.queue', { offset: 0, limit: 50 })).rows.map((r) => r.label)).toEqual(['IT-000003', 'IT-000001', 'IT-000002']);
  });

  it('keeps a host queued until every drive meets the policy, in words, and signs each wipe into the chain', async () => {
    const laptop = await receivedDevice(f, { assetTag: 'IT-000010', serial: 'PF1', assetClass: 'laptop', sensitivity: 'high' });
    await addDrive(f, laptop.id, 'SSD-A');
    let view = await addDrive(f, laptop.id, 'HDD-B', 'hdd');
    expect(view.requirement).toEqual({ level: 'purge', deadlineDays: 14, validationRequired: true });
    expect(view.reasons).toEqual(['Drive SSD-A is not wiped yet.', 'Drive HDD-B is not wiped yet.']);

    const below = await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'HDD-B'), { level: 'clear', technique: 'overwrite' }));
    expect(below.assetSanitized).toBe(false);
    expect(below.view.reasons).toContain('Drive HDD-B was wiped to Clear, but the policy needs Purge. Wipe it again at Purge or stronger.');

    const failed = await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'SSD-A'), { result: 'fail', failureReason: 'verification found data' }));
    expect(failed.view.reasons).toContain('Drive SSD-A: the wipe failed (verification found data). Retry it, or escalate to Destroy.');
    expect(failed.view.asset.state.status).toBe('wipe-pending');

    const retried = await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'SSD-A'), { retryOf: failed.wipeId }));
    expect(retried.view.reasons).toContain('Drive SSD-A waits for a second person to validate the wipe.');

    const destroyed = await f.call(
      'wipes.record',
      wipeInput(f, laptop.id, mediumId(view, 'HDD-B'), { level: 'destroy', technique: 'shred', destination: 'destruction', retryOf: below.wipeId, validator: { technicianId: 'TECH-2', pin: '2468' } }),
    );
    expect(destroyed.assetSanitized).toBe(false);
    view = await f.call('wipes.validate', { wipeId: retried.wipeId, validator: { technicianId: 'TECH-2', pin: '2468' } });
    expect(view).toMatchObject({ sanitized: true, inQueue: false, reasons: [] });
    expect(view.asset.state.status).toBe('wiped');
    expect((await f.call('wipes.queue', { offset: 0, limit: 10 })).total).toBe(0);

    const hdd = view.media.find((m) => m.serial === 'HDD-B');
    expect(hdd?.records.map((r) => [r.level, r.result, r.meetsPolicy])).toEqual([['destroy', 'pass', true], ['clear', 'pass', false]]);
    expect(hdd?.records[0]?.validation?.technicianId).toBe('TECH-2');

    const types = (f.db.prepare('SELECT type FROM custody_events WHERE asset_id = ? ORDER BY seq').pluck().all(laptop.id) as string[]).slice(2);
    expect(types).toEqual(['wipe_completed', 'wipe_failed', 'wipe_completed', 'wipe_completed', 'wipe_completed']);
    expect(countRows(f, "SELECT count(*) AS n FROM outbox o JOIN custody_events e ON e.id = o.event_id WHERE e.type LIKE 'wipe_%'")).toBe(5);
    expect(verifyDatabase(f.db, { kind: 'log' }).ok).toBe(true);
    expect(replayState(f.db, laptop.id)).toEqual(readState(f.db, laptop.id));
  });

  it('records a started wipe as its own event and shows the drive as being wiped until its record comes', async () => {
    const laptop = await receivedDevice(f, { assetTag: 'IT-000020', assetClass: 'laptop' });
    const view = await addDrive(f, laptop.id, 'NV-1', 'nvme');
    const started = await f.call('wipes.start', { assetId: laptop.id, mediumId: mediumId(view, 'NV-1'), level: 'purge', technique: 'crypto-erase', standard: 'nist-800-88-r2', tool: 'nvme-cli', toolVersion: '2.4' });
    expect(started.media[0]?.started).toMatchObject({ level: 'purge', tool: 'nvme-cli' });
    expect(started.reasons[0]).toMatch(/^Drive NV-1 is being wiped \(started 2026-11-02 08:00 UTC\)\.$/);
    await later(f, HOUR);
    const done = await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'NV-1')));
    expect(done.view.media[0]?.started).toBeNull();
    expect(done.assetSanitized).toBe(true);
    expect(done.view.asset.state.status).toBe('wiped');
  });

  it('puts a device back in the queue when it is received again, and counts only wipes since', async () => {
    const laptop = await receivedDevice(f, { assetTag: 'IT-000030', serial: 'AGAIN1', assetClass: 'laptop' });
    const view = await addDrive(f, laptop.id, 'SSD-R');
    await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'SSD-R')));
    expect((await f.call('wipes.queue', { offset: 0, limit: 10 })).total).toBe(0);
    await later(f, DAY);
    const batch = await f.call('receiving.startBatch', {});
    await f.call('receiving.receive', { batchId: batch.batchId, assetId: laptop.id, source: 'wedge', scanned: 'IT-000030', condition: null, damage: [], accessories: [], note: '' });
    const page = await f.call('wipes.queue', { offset: 0, limit: 10 });
    expect(page.rows.map((r) => [r.label, r.receivedAt, r.reason])).toEqual([['IT-000030', '2026-11-03T08:00:00.000Z', 'Drive SSD-R is not wiped yet.']]);
    const again = await f.call('wipes.asset', { assetId: laptop.id });
    expect(again.media[0]?.records.map((r) => r.current)).toEqual([false]);
  });

  it('lets a supervisor change a class policy, which the queue applies at once', async () => {
    const laptop = await receivedDevice(f, { assetTag: 'IT-000040', assetClass: 'laptop' });
    await f.call('wipes.savePolicy', { assetClass: 'laptop', requiredLevel: 'purge', deadlineDays: 3, highSensitivityLevel: 'destroy', validation: 'always' });
    const view = await f.call('wipes.asset', { assetId: laptop.id });
    expect(view.requirement).toEqual({ level: 'purge', deadlineDays: 3, validationRequired: true });
    expect(view.deadlineAt).toBe('2026-11-05T08:00:00.000Z');
    const policies = await f.call('wipes.policies', {});
    expect(policies.policies.find((p) => p.assetClass === 'laptop')).toMatchObject({ custom: true, requiredLevel: 'purge' });
    expect(policies.policies.find((p) => p.assetClass === 'desktop')).toMatchObject({ custom: false, requiredLevel: 'clear' });

    await f.call('auth.signOut', {});
    await f.call('auth.signIn', { technicianId: 'TECH-2', pin: '2468' });
    const refused = await f.core.invoke('wipes.savePolicy', { assetClass: 'laptop', requiredLevel: 'clear', deadlineDays: 30, highSensitivityLevel: 'clear', validation: 'never' });
    expect(expectFailure(refused)).toBe('FORBIDDEN');
  });

  it('opens a host from a scan of its tag, its serial, or the serial of a drive inside it', async () => {
    const laptop = await receivedDevice(f, { assetTag: 'IT-000050', serial: 'HOSTSER1', assetClass: 'laptop' });
    const view = await addDrive(f, laptop.id, 'S3Z9NB0K123456X');
    expect(await f.call('wipes.lookup', { raw: 'it-000050\r' })).toEqual({ assetId: laptop.id, label: 'IT-000050', mediumId: null });
    expect(await f.call('wipes.lookup', { raw: 'HOSTSER1' })).toMatchObject({ assetId: laptop.id });
    expect(await f.call('wipes.lookup', { raw: 'S3Z9NB0K123456X' })).toEqual({ assetId: laptop.id, label: 'IT-000050', mediumId: mediumId(view, 'S3Z9NB0K123456X') });
    const tagShaped = await addDrive(f, laptop.id, 'WD-4471', 'hdd');
    expect(await f.call('wipes.lookup', { raw: 'WD-4471' })).toMatchObject({ assetId: laptop.id, mediumId: mediumId(tagShaped, 'WD-4471') });
    expect(expectFailure(await f.core.invoke('wipes.lookup', { raw: 'NOSUCHSERIAL9' }))).toBe('ASSET_NOT_FOUND');
  });
});
