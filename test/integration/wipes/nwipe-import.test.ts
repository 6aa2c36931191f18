import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyDatabase } from '../../../electron/services/custody/verify-db';
import type { NwipeAnswer } from '../../../shared/domain/sanitization/wipe-inputs';
import { wipeRecordPayload } from '../../../shared/domain/sanitization/wipe-payloads';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { NWIPE_FIXTURES, readFixture } from '../../support/nwipe/fixtures';
import { runNwipeOnLoopDevice } from '../../support/nwipe/live-nwipe';
import { addDrive, countRows, receivedDevice } from '../../support/wipes/wipe-station';

const SSD_SERIAL = 'S3Z9NB0K123456X';

/** The erased log as a SATA SSD would have written it: the loop device's unreadable S/N replaced by a real-looking one. */
function withSerial(log: Buffer, serial: string): Buffer {
  const text = log.toString('latin1').replace(/S\/N=.*$/m, `S/N=${serial}`).replace(/Loopback device\/.*$/m, `Loopback device/${serial}`);
  return Buffer.from(text, 'latin1');
}

const file = (bytes: Buffer, fileName = 'nwipe.txt', utcOffsetMinutes = 0) => ({ fileName, contentBase64: bytes.toString('base64'), utcOffsetMinutes });

function answer(device: string, assetId: string, overrides: Partial<NwipeAnswer> = {}): NwipeAnswer {
  return {
    device,
    assetId,
    mediumId: null,
    serial: '',
    mediaType: 'hdd',
    make: 'Seagate',
    propertyNumber: '',
    toolVersion: '',
    standard: 'nist-800-88-r1',
    classification: 'Unclassified',
    destination: 'external-reuse',
    notes: '',
    ...overrides,
  };
}

async function at(f: CoreFixture, iso: string): Promise<void> {
  f.clock.set(iso);
  await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
}

describe('importing the log nwipe writes', () => {
  let f: CoreFixture;
  let laptopId: string;
  beforeEach(async () => {
    f = await signedInFixture();
    await at(f, '2026-11-21T09:00:00.000Z');
    laptopId = (await receivedDevice(f, { assetTag: 'IT-000200', serial: 'HOST200', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' })).id;
    await at(f, '2026-11-22T09:00:00.000Z');
  });
  afterEach(() => removeFixture(f));

  it('previews a real erased log: what it records, what it derives, and what is still asked for', async () => {
    const preview = await f.call('wipes.previewNwipe', { ...file(readFixture(NWIPE_FIXTURES.erased)), hostHint: 'IT-000200' });
    expect(preview).toMatchObject({ tool: 'nwipe 0.33', outcome: 'nwipe completed the run', alreadyImported: null });
    const [drive] = preview.devices;
    expect(drive).toMatchObject({
      device: '/dev/loop0',
      bus: 'VIRT',
      model: 'Loopback device',
      size: '67 MB',
      serial: null,
      toolStatus: 'Erased',
      result: 'pass',
      failureReason: null,
      level: 'clear',
      technique: 'overwrite',
      tool: 'nwipe',
      toolVersion: '0.33',
      methodDetails: 'nwipe method Fill With Zeros, 1 round, final blanking pass, verification of the last pass',
      verification: 'full',
      startedAt: '2026-11-21T22:00:23.000Z',
      timesProblem: null,
      mediaType: null,
      match: { kind: 'host', assetId: laptopId, label: 'IT-000200' },
      validationRequired: false,
    });
    expect(drive?.asked).toEqual([
      'the drive\u2019s serial number, from its label',
      'the drive type (nwipe says only \u201cVIRT\u201d)',
      'the standard followed (e.g. NIST SP 800-88 Rev. 1)',
      'the post-sanitization classification',
      'where the drive goes next (its destination)',
      'confirm the wipe machine\u2019s clock was on UTC+00:00 (nwipe writes times without a time zone)',
    ]);
    expect(countRows(f, 'SELECT count(*) AS n FROM custody_events')).toBe(2);
  });

  it('imports it as a wipe record of a new drive in the host, once: a second import records nothing', async () => {
    const input = { ...file(readFixture(NWIPE_FIXTURES.erased)), answers: [answer('/dev/loop0', laptopId, { serial: 'wd-123abc' })], validator: null };
    const result = await f.call('wipes.importNwipe', input);
    expect(result.records).toEqual([expect.objectContaining({ device: '/dev/loop0', label: 'IT-000200', result: 'pass', assetSanitized: true })]);
    const payload = wipeRecordPayload.parse(JSON.parse((f.db.prepare("SELECT payload FROM custody_events WHERE type = 'wipe_completed'").get() as { payload: string }).payload));
    expect(payload).toMatchObject({
      medium: { serial: 'WD-123ABC', mediaType: 'hdd', make: 'Seagate', model: 'Loopback device', capacity: '67 MB' },
      level: 'clear',
      technique: 'overwrite',
      standard: 'nist-800-88-r1',
      tool: 'nwipe',
      toolVersion: '0.33',
      verification: 'full',
      result: 'pass',
      startedAt: '2026-11-21T22:00:23.000Z',
      finishedAt: '2026-11-21T22:00:26.000Z',
      source: { kind: 'nwipe', device: '/dev/loop0', toolStatus: 'Erased', errors: { pass: 0, verify: 0, fdatasync: 0 } },
    });
    expect((await f.call('wipes.queue', { offset: 0, limit: 10 })).total).toBe(0);

    const again = await f.core.invoke('wipes.importNwipe', input);
    expect(expectFailure(again)).toBe('WIPE_LOG_DUPLICATE');
    const preview = await f.call('wipes.previewNwipe', { ...file(readFixture(NWIPE_FIXTURES.erased), 'renamed.txt'), hostHint: '' });
    expect(preview.alreadyImported).toEqual({ at: '2026-11-22T09:00:00.000Z', technicianId: 'SUP-1' });
    expect(countRows(f, "SELECT count(*) AS n FROM custody_events WHERE type LIKE 'wipe_%'")).toBe(1);
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_media')).toBe(1);
    expect(verifyDatabase(f.db, { kind: 'log' }).ok).toBe(true);
  });

  it('records an aborted wipe as failed and keeps the device queued with the reason', async () => {
    const preview = await f.call('wipes.previewNwipe', { ...file(readFixture(NWIPE_FIXTURES.aborted)), hostHint: 'IT-000200' });
    expect(preview.outcome).toBe('nwipe was aborted by the user');
    expect(preview.devices[0]).toMatchObject({ result: 'fail', toolStatus: 'Aborted by the user', failureReason: 'nwipe was aborted by the user before the wipe finished' });
    expect(preview.devices[0]?.methodDetails).toBe('nwipe method PRNG Stream, 2 rounds, final blanking pass, verification of every pass');
    await f.call('wipes.importNwipe', { ...file(readFixture(NWIPE_FIXTURES.aborted)), answers: [answer('/dev/loop0', laptopId)], validator: null });
    const row = (await f.call('wipes.queue', { offset: 0, limit: 10 })).rows[0];
    expect(row?.reason).toBe('The Hard disk (HDD) without a serial: the wipe failed (nwipe was aborted by the user before the wipe finished). Retry it, or escalate to Destroy.');
    expect(countRows(f, "SELECT count(*) AS n FROM custody_events WHERE type = 'wipe_failed'")).toBe(1);
  });

  it('records a wipe with write errors as failed, with nwipe\u2019s own words', async () => {
    const preview = await f.call('wipes.previewNwipe', { ...file(readFixture(NWIPE_FIXTURES.failed)), hostHint: 'IT-000200' });
    expect(preview.outcome).toBe('nwipe exited with errors');
    expect(preview.devices[0]?.failureReason).toBe('nwipe reports FAILED; 1 pass error, 1 fdatasync I/O error; \u201cnwipe_static_pass: fdatasync: Input/output error\u201d');
  });

  it('refuses a truncated log, a file that is not from nwipe, and a binary file, each in words, recording nothing', async () => {
    const whole = readFixture(NWIPE_FIXTURES.erased);
    const truncated = await f.core.invoke('wipes.previewNwipe', { ...file(whole.subarray(0, Math.floor(whole.length / 2))), hostHint: '' });
    expect(truncated.ok ? null : [truncated.error.code, truncated.error.details?.['reason']]).toEqual(['WIPE_LOG_TRUNCATED', "The log stops after 25 lines, before nwipe's summary and its final line."]);
    const csv = await f.core.invoke('wipes.previewNwipe', { ...file(Buffer.from('serial,status\nS3Z9,erased\n')), hostHint: '' });
    expect(expectFailure(csv)).toBe('WIPE_LOG_NOT_NWIPE');
    const pdf = await f.core.invoke('wipes.importNwipe', { ...file(Buffer.from('%PDF-1.7\n\u0000\u0001binary')), answers: [answer('/dev/sda', laptopId)], validator: null });
    expect(expectFailure(pdf)).toBe('WIPE_LOG_NOT_NWIPE');
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_imports')).toBe(0);
  });

  it('matches the drive to its host by serial, and refuses to guess when the serial names two devices', async () => {
    await addDrive(f, laptopId, SSD_SERIAL);
    const log = withSerial(readFixture(NWIPE_FIXTURES.erased), SSD_SERIAL);
    const preview = await f.call('wipes.previewNwipe', { ...file(log), hostHint: '' });
    const drive = preview.devices[0];
    expect(drive?.match).toMatchObject({ kind: 'medium', assetId: laptopId, label: 'IT-000200' });
    expect(drive?.asked.some((a) => a.includes('host') || a.includes('serial') || a.includes('drive type'))).toBe(false);

    const loose = await f.call('assets.register', { assetTag: 'IT-000201', serial: SSD_SERIAL, assetClass: 'drive' });
    const twice = await f.call('wipes.previewNwipe', { ...file(log), hostHint: '' });
    expect(twice.devices[0]?.match).toEqual({ kind: 'ambiguous', candidates: [{ assetId: laptopId, label: 'IT-000200' }, { assetId: loose.id, label: 'IT-000201' }] });
    expect(twice.devices[0]?.asked[0]).toBe(`the host device: the drive serial ${SSD_SERIAL} matches IT-000200 and IT-000201`);
    const wrongHost = await f.core.invoke('wipes.importNwipe', { ...file(log), answers: [answer('/dev/loop0', loose.id)], validator: null });
    expect(wrongHost.ok ? null : wrongHost.error.details?.['reason']).toBe(`Drive ${SSD_SERIAL} is recorded in IT-000200, not in the device picked.`);
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_imports')).toBe(0);
  });

  it('refuses times in the future (a wrong clock offset) and rolls back the drive it would have added', async () => {
    const ahead = await f.core.invoke('wipes.importNwipe', { ...file(readFixture(NWIPE_FIXTURES.erased), 'nwipe.txt', -14 * 60), answers: [answer('/dev/loop0', laptopId)], validator: null });
    expect(expectFailure(ahead)).toBe('WIPE_TIMES_IMPOSSIBLE');
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_media')).toBe(0);
    expect(countRows(f, 'SELECT count(*) AS n FROM wipe_imports')).toBe(0);
    expect(countRows(f, "SELECT count(*) AS n FROM custody_events WHERE type LIKE 'wipe_%'")).toBe(0);
  });

  it('imports the log of a live nwipe run on a loop device', async (ctx) => {
    const live = await runNwipeOnLoopDevice({ method: 'zero', verify: 'last', sizeMiB: 32 });
    if (!live.ran) {
      ctx.skip(`live nwipe run not possible on this machine: ${live.why}; the committed logs in test/fixtures/nwipe/ cover the import`);
      return;
    }
    expect(live.exitCode).toBe(0);
    await at(f, new Date(Date.now() + 3_600_000).toISOString());
    const offset = -new Date().getTimezoneOffset();
    const preview = await f.call('wipes.previewNwipe', { ...file(live.log, 'live.txt', offset), hostHint: 'HOST200' });
    expect(preview.devices[0]).toMatchObject({ result: 'pass', toolStatus: 'Erased', timesProblem: null, match: { kind: 'host', assetId: laptopId } });
    const result = await f.call('wipes.importNwipe', { ...file(live.log, 'live.txt', offset), answers: [answer(preview.devices[0]?.device ?? '', laptopId)], validator: null });
    expect(result.records[0]).toMatchObject({ result: 'pass', assetSanitized: true });
  });
});
