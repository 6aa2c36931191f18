import { afterEach, describe, expect, it } from 'vitest';
import { addDrive, mediumId, wipeInput } from '../../support/wipes/wipe-station';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { adaCase, csvFile, HRIS_HEADER, inventory, receive } from '../../support/cases/case-station';
import { verifyCasePack } from '../../../electron/services/cases/pack/verify-case-pack';

const DAY = 86_400_000;
let f: CoreFixture | null = null;
afterEach(() => {
  if (f !== null) removeFixture(f);
  f = null;
});

const types = (fx: CoreFixture, assetId: string): string[] =>
  (fx.db.prepare('SELECT type FROM custody_events WHERE asset_id = ? ORDER BY seq').all(assetId) as { type: string }[]).map((r) => r.type);

describe('offboarding cases on a real SQLite file', () => {
  it('the preview writes nothing; the import opens a case per accepted line and refuses the rest with reasons', async () => {
    f = await signedInFixture();
    await inventory(f, [
      { assetTag: 'IT-000201', assetClass: 'laptop' },
      { assetTag: 'IT-000202', assetClass: 'phone', sensitivity: 'high' },
    ]);
    const file = csvFile('hris.csv', [
      HRIS_HEADER,
      'E-1,Ann Archer,Meg,full-time,on-site,,2026-11-04,yes,IT-000201,',
      'E-2,Bob Baker,Meg,intern,on-site,,2026-11-04,yes,IT-000202,',
      'E-3,Cy Cole,Meg,contractor,remote,"1 High St, Leeds",04/11/2026,yes,IT-000202,',
      'E-1,Ann Archer,Meg,full-time,on-site,,2026-11-04,yes,IT-000202,',
      'E-4,Di Dent,Meg,temporary,remote,"2 Low Rd, York",2026-11-05,no,IT-000202,',
      'E-5,Ed Eames,Meg,temporary,remote,"3 Mid Ln, Hull",2026-11-05,yes,IT-000202;IT-999999,',
      'E-6,Flo Fenn,Meg,contractor,remote,"4 New St, Bath",2026-11-06,yes,IT-000202,Adobe CC',
    ]);
    const preview = await f.call('cases.previewImport', file);
    expect(preview.lines.map((l) => [l.line, l.accepted])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, true],
    ]);
    expect(preview.lines[5]?.reasons).toEqual(['Asset IT-999999 is not in the inventory']);
    expect((f.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(0);

    const result = await f.call('cases.import', file);
    expect(result.opened).toEqual(['RET-000001', 'RET-000002']);
    expect(result.remoteLocksRequested).toBe(1);
    const phone = f.db.prepare("SELECT id FROM assets WHERE asset_tag = 'IT-000202'").get() as { id: string };
    expect(types(f, phone.id)).toEqual(['asset_registered', 'remote_lock_requested']);
    // Importing the same file again opens nothing twice: both employees now have open cases.
    const again = await f.call('cases.import', file);
    expect(again.opened).toEqual([]);
    expect(again.lines[0]?.reasons).toEqual(['Employee E-1 already has open case RET-000001', 'Asset IT-000201 is already on open case RET-000001']);
  });

  it('a broken or oversized file is refused whole, in words, and nothing is written', async () => {
    f = await signedInFixture();
    const binary = { fileName: 'x.csv', contentBase64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]).toString('base64') };
    expect((await f.call('cases.previewImport', binary)).fileProblem).toBe('The file holds binary data');
    expect(expectFailure(await f.core.invoke('cases.import', binary))).toBe('CASE_FILE_UNREADABLE');
    const big = { fileName: 'big.csv', contentBase64: Buffer.alloc(6 * 1024 * 1024, 0x41).toString('base64') };
    expect(expectFailure(await f.core.invoke('cases.import', big))).toBe('INVALID_INPUT');
    expect(expectFailure(await f.core.invoke('cases.import', { fileName: 'x.json', contentBase64: Buffer.from('{"a":1}').toString('base64') }))).toBe('CASE_FILE_UNREADABLE');
  });

  it('a return at the dock ticks the device off its case; reminders climb the ladder; the case closes when all is settled', async () => {
    f = await signedInFixture();
    const { caseId, laptop, monitor, badge } = await adaCase(f);
    let detail = await f.call('cases.get', { caseId });
    expect(detail.assets.map((a) => [a.label, a.deadline, a.state])).toEqual([
      ['IT-000101', '2026-11-02', 'outstanding'],
      ['IT-000102', '2026-11-09', 'outstanding'],
      ['BADGE-7', '2026-11-02', 'outstanding'],
    ]);
    expect(detail.assets[0]?.remoteLockRequestedAt).not.toBeNull();

    const outcome = await receive(f, badge);
    expect(outcome.caseReturn).toMatchObject({ caseNumber: 'RET-000001', returned: 1, expected: 3 });

    f.clock.advance(2 * DAY); // Wednesday: the laptop is a business day late
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    detail = await f.call('cases.get', { caseId });
    expect(detail.nextStep).toBe('employee');
    expect(detail.assets[0]).toMatchObject({ state: 'overdue', remoteWipeDue: true });
    expect(expectFailure(await f.core.invoke('cases.recordReminder', { caseId, step: 'manager' }))).toBe('CASE_STEP_NOT_DUE');
    const message = await f.call('cases.message', { caseId, step: 'employee' });
    expect(message.body).toContain('ThinkPad T14 (laptop), asset IT-000101, serial PF1LAP: due 2026-11-02');
    expect(message.body).toContain('Software licence: Figma');
    expect(message.body).not.toContain('BADGE-7');
    detail = await f.call('cases.recordReminder', { caseId, step: 'employee' });
    expect(detail.messages.map((m) => [m.step, m.recipient])).toEqual([['employee', 'Ada Lovelace']]);
    expect(types(f, monitor.id)).toContain('return_reminder_sent');
    detail = await f.call('cases.requestRemoteWipe', { caseId, assetId: laptop.id });
    expect(detail.assets[0]?.remoteWipeRequestedAt).not.toBeNull();

    await receive(f, laptop);
    await f.call('cases.writeOff', { caseId, assetId: monitor.id, reason: 'payroll-deduction', note: 'Kept per agreement of 3 Nov' });
    await f.call('cases.reclaimLicence', { caseId, licenceId: detail.licences[0]?.licenceId ?? '' });
    detail = await f.call('cases.get', { caseId });
    // The laptop is back but not yet sanitized: the case stays open.
    expect(detail.assets[0]?.state).toBe('returned');
    expect(detail.readyToClose).toBe(false);
    expect(expectFailure(await f.core.invoke('cases.close', { caseId }))).toBe('CASE_NOT_READY');

    const view = await addDrive(f, laptop.id, 'S3Z9NB0K1');
    const wipe = await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'S3Z9NB0K1')));
    // A high-sensitivity laptop needs a second person to validate its wipe before it counts as sanitized.
    expect(wipe.assetSanitized).toBe(false);
    expect((await f.call('cases.get', { caseId })).assets[0]?.state).toBe('returned');
    await f.call('users.add', { technicianId: 'QA-2', name: 'Quinn', role: 'technician', pin: '2222' });
    await f.call('wipes.validate', { wipeId: wipe.wipeId, validator: { technicianId: 'QA-2', pin: '2222' } });
    // The validation made the laptop sanitized, the last thing the case waited for: it closed itself, by the validator.
    detail = await f.call('cases.get', { caseId });
    expect(detail.assets[0]?.state).toBe('sanitized');
    expect(detail.closedAt).not.toBeNull();
    expect(expectFailure(await f.core.invoke('cases.close', { caseId }))).toBe('CASE_CLOSED');
    expect(f.db.prepare("SELECT technician_id AS by FROM case_log WHERE case_id = ? AND kind = 'closed'").all(caseId)).toEqual([{ by: 'QA-2' }]);
    expect(expectFailure(await f.core.invoke('cases.completeTask', { caseId, taskId: 'accounts' }))).toBe('CASE_CLOSED');
    const list = await f.call('cases.list', { filter: 'closed', offset: 0, limit: 10 });
    expect(list.counts).toEqual({ open: 0, overdue: 0, closed: 1 });
  });

  it('the evidence pack holds every act with actor and hash, verifies offline, and any tampering is named', async () => {
    f = await signedInFixture();
    const { caseId, badge } = await adaCase(f);
    f.clock.advance(60_000);
    await f.call('cases.completeTask', { caseId, taskId: 'accounts' });
    f.clock.advance(60_000);
    await receive(f, badge);
    const file = await f.call('cases.exportPack', { caseId });
    const report = verifyCasePack(file.content);
    expect(report.ok).toBe(true);
    expect(report.pack.verification.ok).toBe(true);
    expect(report.pack.timeline.map((t) => [t.asset, t.what, t.actor])).toEqual([
      [null, 'Case opened from hris-file:hris.csv', 'SUP-1'],
      ['IT-000101', 'Remote lock requested', 'SUP-1'],
      [null, 'Checklist: Disable directory, e-mail and single sign-on accounts (IT) done', 'SUP-1'],
      ['BADGE-7', 'Returned at the dock against the case', 'SUP-1'],
    ]);
    expect(report.pack.timeline.every((t) => /^[0-9a-f]{64}$/.test(t.hash))).toBe(true);

    const reworded = file.content.replace('Remote lock requested', 'Nothing happened');
    expect(verifyCasePack(reworded).firstProblem?.reason).toBe('Timeline line 2 does not match the signed records');
    const forged = file.content.replace('"taskId": "accounts"', '"taskId": "payroll"');
    expect(verifyCasePack(forged).firstProblem?.reason).toMatch(/Case log entry \d+ was altered/);
    const pack = JSON.parse(file.content) as { assets: { events: unknown[] }[] };
    pack.assets[2]?.events.splice(0, 1);
    expect(verifyCasePack(JSON.stringify(pack)).ok).toBe(false);
  });

  it('case tables are append-only, and only supervisors import, write off and edit the policy', async () => {
    f = await signedInFixture();
    const { caseId, monitor } = await adaCase(f);
    expect(() => f?.db.prepare("UPDATE cases SET employee_name = 'X'").run()).toThrow(/append-only/);
    expect(() => f?.db.prepare('DELETE FROM case_log').run()).toThrow(/append-only/);
    await f.call('users.add', { technicianId: 'T-1', name: 'Tess', role: 'technician', pin: '1111' });
    await f.call('auth.signOut', {});
    await f.call('auth.signIn', { technicianId: 'T-1', pin: '1111' });
    expect(expectFailure(await f.core.invoke('cases.writeOff', { caseId, assetId: monitor.id, reason: 'lost', note: 'gone' }))).toBe('FORBIDDEN');
    expect(expectFailure(await f.core.invoke('cases.import', csvFile('a.csv', [HRIS_HEADER])))).toBe('FORBIDDEN');
    const policy = (await f.call('cases.policy', {})).policy;
    expect(expectFailure(await f.core.invoke('cases.savePolicy', policy))).toBe('FORBIDDEN');
    await f.call('cases.completeTask', { caseId, taskId: 'badge' });
    const detail = await f.call('cases.get', { caseId });
    expect(detail.checklist.find((t) => t.taskId === 'badge')?.done?.by).toBe('T-1');
  });

  it('a supervisor\u2019s policy moves the deadlines: holidays and per-class business days', async () => {
    f = await signedInFixture();
    const { caseId } = await adaCase(f);
    const policy = (await f.call('cases.policy', {})).policy;
    const saved = await f.call('cases.savePolicy', {
      ...policy,
      holidays: ['2026-11-02'],
      deadlines: { ...policy.deadlines, 'full-time': { ...policy.deadlines['full-time'], monitor: 2 } },
    });
    expect(saved.custom).toBe(true);
    const detail = await f.call('cases.get', { caseId });
    expect(detail.assets.map((a) => a.deadline)).toEqual(['2026-11-03', '2026-11-05', '2026-11-03']);
    expect(expectFailure(await f.core.invoke('cases.savePolicy', { ...policy, escalationDays: { employee: 3, manager: 2, hr: 5, legal: 10 } }))).toBe('INVALID_INPUT');
  });
});

describe('a case settles itself whichever act settles its last device', () => {
  it('a wipe recorded without a second person closes the case at once; a device staged for destruction unwiped does too', async () => {
    f = await signedInFixture();
    const [laptop, phone] = await inventory(f, [
      { assetTag: 'IT-000111', serial: 'LAP111', model: 'ThinkPad T14', assetClass: 'laptop' },
      { assetTag: 'IT-000112', serial: 'PH112', model: 'Pixel 8', assetClass: 'phone' },
    ]);
    if (laptop === undefined || phone === undefined) throw new Error('no devices');
    await f.call(
      'cases.import',
      csvFile('hris.csv', [HRIS_HEADER, 'E-111,Lin Wu,Meg,full-time,on-site,,2026-11-02,yes,IT-000111,', 'E-112,Mo Dara,Meg,full-time,on-site,,2026-11-02,yes,IT-000112,']),
    );
    const rows = (await f.call('cases.list', { filter: 'open', offset: 0, limit: 10 })).rows;
    const caseOf = (employeeId: string): string => rows.find((r) => r.employeeId === employeeId)?.caseId ?? '';
    await receive(f, laptop);
    await receive(f, phone);
    expect((await f.call('cases.get', { caseId: caseOf('E-111') })).closedAt).toBeNull();

    const view = await addDrive(f, laptop.id, 'SSD-LIN-1');
    await f.call('wipes.record', wipeInput(f, laptop.id, mediumId(view, 'SSD-LIN-1')));
    const lin = await f.call('cases.get', { caseId: caseOf('E-111') });
    expect(lin.closedAt).not.toBeNull();
    expect(types(f, laptop.id).slice(-2)).toEqual(['wipe_completed', 'case_closed']);

    await f.call('pickups.stageScan', { raw: 'IT-000112', purpose: 'destruction' });
    expect((await f.call('cases.get', { caseId: caseOf('E-112') })).closedAt).not.toBeNull();
    expect(types(f, phone.id).slice(-2)).toEqual(['staged_for_pickup', 'case_closed']);
  });
});
