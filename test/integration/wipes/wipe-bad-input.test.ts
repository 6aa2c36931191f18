import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainError } from '../../../shared/error-words';
import type { Result } from '../../../shared/errors';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { addDrive, countRows, mediumId, receivedDevice, wipeInput } from '../../support/wipes/wipe-station';

function refusal<T>(result: Result<T>): { code: string; words: string; reason: string | null } {
  if (result.ok) throw new Error('expected a refusal, the command succeeded');
  const reason = result.error.details?.['reason'];
  return { code: result.error.code, words: explainError(result.error), reason: typeof reason === 'string' ? reason : null };
}

describe('bad wipe input: refused in words, nothing recorded, nothing half-recorded', () => {
  let f: CoreFixture;
  let assetId: string;
  let drive: string;
  const wipeEvents = (): number => countRows(f, "SELECT count(*) AS n FROM custody_events WHERE type LIKE 'wipe_%'");

  beforeEach(async () => {
    f = await signedInFixture();
    const laptop = await receivedDevice(f, { assetTag: 'IT-000100', serial: 'BADIN1', assetClass: 'laptop' });
    assetId = laptop.id;
    drive = mediumId(await addDrive(f, assetId, 'SSD-BAD'), 'SSD-BAD');
  });
  afterEach(() => removeFixture(f));

  it('refuses a finish before the start, and a finish in the future', async () => {
    const now = f.clock.now().getTime();
    const backwards = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { startedAt: new Date(now - 3_600_000).toISOString(), finishedAt: new Date(now - 7_200_000).toISOString() })));
    expect(backwards.code).toBe('WIPE_TIMES_IMPOSSIBLE');
    expect(backwards.words).toMatch(/cannot finish before it starts, or in the future/);
    expect(backwards.reason).toMatch(/^The wipe finishes \(.*\) before it starts/);
    const future = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { finishedAt: new Date(now + 86_400_000).toISOString() })));
    expect(future.code).toBe('WIPE_TIMES_IMPOSSIBLE');
    expect(future.reason).toMatch(/finishes in the future/);
    expect(wipeEvents()).toBe(0);
  });

  it('refuses an unknown level with the levels it knows, and a technique that does not reach the level', async () => {
    const unknown = await f.core.invoke('wipes.record', { ...wipeInput(f, assetId, drive), level: 'sanitise-ish' as 'clear' });
    if (unknown.ok) throw new Error('accepted an unknown level');
    expect(unknown.error.code).toBe('INVALID_INPUT');
    expect(unknown.error.details).toEqual({ level: 'Unknown sanitization level: use Clear, Purge or Destroy' });
    const mismatch = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { level: 'purge', technique: 'shred' })));
    expect(mismatch).toMatchObject({ code: 'WIPE_TECHNIQUE_MISMATCH', reason: 'Shred reaches Destroy, not Purge.' });
    const destroyedForReuse = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { level: 'destroy', technique: 'pulverise', destination: 'internal-reuse' })));
    expect(destroyedForReuse).toMatchObject({ code: 'WIPE_RECORD_INVALID', reason: 'A destroyed medium can only go to destruction.' });
    const failWithoutWhy = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { result: 'fail' })));
    expect(failWithoutWhy.reason).toMatch(/^Say why the wipe failed/);
    expect(wipeEvents()).toBe(0);
  });

  it('refuses a wipe of a device not yet received, and a drive of another device', async () => {
    const expected = await f.call('assets.register', { assetTag: 'IT-000101', assetClass: 'laptop' });
    const expectedDrive = mediumId(await addDrive(f, expected.id, 'SSD-NOTYET'), 'SSD-NOTYET');
    expect(refusal(await f.core.invoke('wipes.record', wipeInput(f, expected.id, expectedDrive))).code).toBe('WIPE_NOT_RECEIVED');
    expect(refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, expectedDrive))).code).toBe('MEDIUM_NOT_FOUND');
    expect(wipeEvents()).toBe(0);
  });

  it('refuses the same drive serial in two devices, and a drive serial that matches two devices on a scan', async () => {
    const other = await receivedDevice(f, { assetTag: 'IT-000102', assetClass: 'desktop' });
    const again = refusal(await f.core.invoke('wipes.addMedium', { assetId: other.id, serial: 'ssd-bad', mediaType: 'ssd', make: '', model: '', propertyNumber: '', capacity: '' }));
    expect(again).toMatchObject({ code: 'DUPLICATE_MEDIUM', reason: 'Drive SSD-BAD is already recorded in IT-000100.' });
    await f.call('assets.register', { assetTag: 'IT-000103', serial: 'TWIN-SERIAL', assetClass: 'drive' });
    // The app refuses a second device with a known serial, but records pulled from a central system can share one.
    f.db.prepare("INSERT INTO assets (id, asset_tag, serial, asset_class, created_at) VALUES ('twin-b', 'IT-000105', 'TWIN-SERIAL', 'drive', '2026-11-02T08:00:00.000Z')").run();
    expect(refusal(await f.core.invoke('wipes.lookup', { raw: 'TWIN-SERIAL' })).code).toBe('ASSET_AMBIGUOUS');
  });

  it('refuses a validation by the same technician, and a wrong validator PIN, writing nothing', async () => {
    await f.call('users.add', { technicianId: 'TECH-2', name: 'Tia Second', role: 'technician', pin: '2468' });
    const self = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { validator: { technicianId: 'SUP-1', pin: '4321' } })));
    expect(self.code).toBe('WIPE_VALIDATOR_SAME');
    const wrongPin = refusal(await f.core.invoke('wipes.record', wipeInput(f, assetId, drive, { validator: { technicianId: 'TECH-2', pin: '0000' } })));
    expect(wrongPin.code).toBe('BAD_CREDENTIALS');
    expect(wipeEvents()).toBe(0);
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_records')).toBe(0);
  });

  it('rolls a failed write back whole: no event, no outbox row, no record row', async () => {
    f.db.exec("CREATE TRIGGER refuse_wipe_index BEFORE INSERT ON wipe_records BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
    const result = await f.core.invoke('wipes.record', wipeInput(f, assetId, drive));
    expect(result.ok).toBe(false);
    expect(wipeEvents()).toBe(0);
    expect(countRows(f, "SELECT count(*) AS n FROM outbox o JOIN custody_events e ON e.id = o.event_id WHERE e.type LIKE 'wipe_%'")).toBe(0);
    expect((await f.call('wipes.asset', { assetId })).asset.state.status).toBe('received');
  });
});
