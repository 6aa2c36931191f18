import { afterEach, describe, expect, it } from 'vitest';
import { caseBookCache } from '../../../electron/services/cases/case-book-cache';
import { readCaseBook, type CaseBook } from '../../../electron/services/cases/case-book';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { adaCase, csvFile, HRIS_HEADER, inventory, receive } from '../../support/cases/case-station';

let f: CoreFixture | null = null;
afterEach(() => {
  if (f !== null) removeFixture(f);
  f = null;
});

/** What a reader of the book sees: each case's standing, in list order. */
const seen = (book: CaseBook) => book.entries.map((e) => ({ caseNumber: e.header.caseNumber, closedAt: e.header.closedAt, standing: e.standing }));

describe('the book of cases kept up to date between reads', () => {
  it('after returns, reminders, new cases, a new day and a new policy it reads exactly what a fresh read gives', async () => {
    const fx = await signedInFixture();
    f = fx;
    const cache = caseBookCache(fx.db);
    const same = () => expect(seen(cache.read(fx.clock.now()))).toEqual(seen(readCaseBook(fx.db, fx.clock.now())));
    const { caseId, badge } = await adaCase(fx);
    same();
    await receive(fx, badge);
    same();
    await inventory(fx, [{ assetTag: 'IT-000801', assetClass: 'phone' }]);
    await fx.call('cases.import', csvFile('more.csv', [HRIS_HEADER, 'E-801,Ben Bell,Meg,contractor,on-site,,2026-10-30,yes,IT-000801,']));
    same();
    expect(cache.read(fx.clock.now()).entries.map((e) => e.header.caseNumber)).toEqual(['RET-000002', 'RET-000001']);
    fx.clock.advance(2 * 86_400_000);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    same();
    await fx.call('cases.recordReminder', { caseId, step: 'employee' });
    same();
    const policy = (await fx.call('cases.policy', {})).policy;
    await fx.call('cases.savePolicy', { ...policy, holidays: ['2026-11-02'] });
    same();
  });
});
