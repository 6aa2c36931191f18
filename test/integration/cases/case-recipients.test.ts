import { afterEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { csvFile, HRIS_HEADER_WITH_EMAIL, inventory } from '../../support/cases/case-station';

const DAY = 86_400_000;
let f: CoreFixture | null = null;
afterEach(() => {
  if (f !== null) removeFixture(f);
  f = null;
});

const reminderPayloads = (fx: CoreFixture): Record<string, unknown>[] =>
  (fx.db.prepare("SELECT payload FROM custody_events WHERE type = 'return_reminder_sent' ORDER BY seq").all() as { payload: string }[]).map(
    (r) => JSON.parse(r.payload) as Record<string, unknown>,
  );

describe('escalation recipients on a real SQLite file', () => {
  it("a case keeps the employee's e-mail from the HRIS file; a malformed one refuses its line with the reason; none is allowed", async () => {
    const fx = await signedInFixture();
    f = fx;
    await inventory(fx, [
      { assetTag: 'IT-000301', assetClass: 'laptop' },
      { assetTag: 'IT-000302', assetClass: 'laptop' },
      { assetTag: 'IT-000303', assetClass: 'laptop' },
    ]);
    const file = csvFile('hris.csv', [
      HRIS_HEADER_WITH_EMAIL,
      'E-31,Ann Archer,Meg,full-time,on-site,,2026-11-04,yes,IT-000301,,ann.archer@example.com',
      'E-32,Bob Baker,Meg,full-time,on-site,,2026-11-04,yes,IT-000302,,Bob Baker',
      'E-33,Cy Cole,Meg,full-time,on-site,,2026-11-04,yes,IT-000303,,',
    ]);
    const preview = await fx.call('cases.previewImport', file);
    expect(preview.lines.map((l) => [l.line, l.accepted, l.reasons])).toEqual([
      [2, true, []],
      [3, false, ['Employee e-mail "Bob Baker" is not an e-mail address such as name@example.com']],
      [4, true, []],
    ]);
    expect((await fx.call('cases.import', file)).opened).toEqual(['RET-000001', 'RET-000002']);
    const rows = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 10 })).rows;
    const emailOf = async (employeeId: string): Promise<string> => (await fx.call('cases.get', { caseId: rows.find((r) => r.employeeId === employeeId)?.caseId ?? '' })).employeeEmail;
    expect(await emailOf('E-31')).toBe('ann.archer@example.com');
    expect(await emailOf('E-33')).toBe('');
  });

  it('the HR and Legal mailboxes are saved with the policy (an address or nothing), and each step is addressed from the case or the policy', async () => {
    const fx = await signedInFixture();
    f = fx;
    await inventory(fx, [{ assetTag: 'IT-000311', assetClass: 'laptop' }]);
    await fx.call('cases.import', csvFile('hris.csv', [HRIS_HEADER_WITH_EMAIL, 'E-41,Ann Archer,Meg,full-time,on-site,,2026-11-02,yes,IT-000311,,ann.archer@example.com']));
    const caseId = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    const policy = (await fx.call('cases.policy', {})).policy;
    expect(policy).toMatchObject({ hrMailbox: '', legalMailbox: '' });
    expect(expectFailure(await fx.core.invoke('cases.savePolicy', { ...policy, hrMailbox: 'HR team' }))).toBe('INVALID_INPUT');
    expect((await fx.call('cases.policy', {})).policy.hrMailbox).toBe('');
    await fx.call('cases.savePolicy', { ...policy, hrMailbox: 'people@example.com' });
    expect((await fx.call('cases.policy', {})).policy).toMatchObject({ hrMailbox: 'people@example.com', legalMailbox: '' });

    expect(await fx.call('cases.message', { caseId, step: 'employee' })).toMatchObject({ address: 'ann.archer@example.com', missingAddress: null, itsm: null });
    expect(await fx.call('cases.message', { caseId, step: 'manager' })).toMatchObject({ address: null, missingAddress: expect.stringContaining('manager') });
    expect(await fx.call('cases.message', { caseId, step: 'hr' })).toMatchObject({ address: 'people@example.com', missingAddress: null });
    expect(await fx.call('cases.message', { caseId, step: 'legal' })).toMatchObject({ address: null, missingAddress: expect.stringContaining('no Legal mailbox') });

    // Copied by hand, each step is still recorded; the event names the address where the step had one.
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await fx.call('cases.recordReminder', { caseId, step: 'employee' });
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await fx.call('cases.recordReminder', { caseId, step: 'manager' });
    expect(reminderPayloads(fx).map((p) => [p['step'], p['recipient'], p['address'] ?? null, p['channel']])).toEqual([
      ['employee', 'Ann Archer', 'ann.archer@example.com', 'manual'],
      ['manager', 'Meg', null, 'manual'],
    ]);
  });
});
