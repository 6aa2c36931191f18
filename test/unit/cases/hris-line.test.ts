import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../shared/domain/cases/business-days';
import { checkLines, type AssetMatch, type LineContext } from '../../../shared/domain/cases/hris-line';

const INVENTORY: Readonly<Record<string, AssetMatch>> = {
  'IT-1': { kind: 'found', assetId: 'a1', label: 'IT-1', openCase: null },
  'IT-2': { kind: 'found', assetId: 'a2', label: 'IT-2', openCase: null },
  'IT-9': { kind: 'found', assetId: 'a9', label: 'IT-9', openCase: 'RET-000004' },
  SN5: { kind: 'ambiguous' },
};

const ctx: LineContext = {
  today: dayNumber('2026-11-02') ?? 0,
  findAsset: (id) => INVENTORY[id] ?? { kind: 'unknown' },
  openCaseOf: (employee) => (employee === 'E-OPEN' ? 'RET-000001' : null),
};

const good = { employee_id: 'E-1', employee_name: 'Ada Lovelace', manager: 'Grace', employee_type: 'full-time', location: 'on-site', separation_date: '2026-11-06', separation_confirmed: 'yes', assets: 'IT-1' };

const reasons = (line: Record<string, unknown>): readonly string[] => checkLines([line], 2, ctx)[0]?.reasons ?? ['(no verdict)'];

describe('HRIS lines, each accepted or refused with its reason', () => {
  it('accepts a complete, confirmed line and reads what the case will hold', () => {
    const [v] = checkLines([{ ...good, licences: 'Adobe CC; Figma' }], 2, ctx);
    expect(v?.accepted).toBe(true);
    if (v?.accepted !== true) return;
    expect(v.newCase).toMatchObject({ employeeId: 'E-1', employeeType: 'full-time', separationDate: '2026-11-06', assets: [{ assetId: 'a1' }], licences: ['Adobe CC', 'Figma'] });
  });

  it('refuses an unknown employee type, naming the ones it knows', () => {
    expect(reasons({ ...good, employee_type: 'intern' })).toEqual(['Unknown employee type "intern": full-time, contractor, temporary']);
  });

  it('refuses dates in other formats without guessing day and month', () => {
    expect(reasons({ ...good, separation_date: '06/11/2026' })[0]).toMatch(/not in YYYY-MM-DD: 06\/11 could be day\/month or month\/day/);
    expect(reasons({ ...good, separation_date: '2026-11-06T17:00:00Z' })[0]).toMatch(/carries a time/);
    expect(reasons({ ...good, separation_date: '2026-02-30' })[0]).toMatch(/not a real calendar date/);
  });

  it('refuses separation dates far in the past or future', () => {
    expect(reasons({ ...good, separation_date: '2025-01-01' })[0]).toMatch(/more than 60 days in the past/);
    expect(reasons({ ...good, separation_date: '2031-01-01' })[0]).toMatch(/more than 180 days ahead/);
  });

  it('refuses assets unknown to the inventory, ambiguous serials, and assets already on an open case', () => {
    expect(reasons({ ...good, assets: 'IT-1;NOPE-7;SN5;IT-9' })).toEqual([
      'Asset NOPE-7 is not in the inventory',
      'Asset SN5 matches more than one device: use its asset tag',
      'Asset IT-9 is already on open case RET-000004',
    ]);
  });

  it('opens no case for an unconfirmed separation', () => {
    expect(reasons({ ...good, separation_confirmed: 'pending' })).toEqual(['The separation date is not confirmed: no case is opened until HR confirms it']);
  });

  it('refuses a duplicate employee and an asset claimed by an earlier line, and an employee with an open case', () => {
    const verdicts = checkLines([good, { ...good, assets: 'IT-2' }, { ...good, employee_id: 'E-2' }, { ...good, employee_id: 'E-OPEN', assets: 'IT-2' }], 2, ctx);
    expect(verdicts.map((v) => v.accepted)).toEqual([true, false, false, false]);
    expect(verdicts[1]?.reasons).toEqual(['Employee E-1 is already on line 2 of this file']);
    expect(verdicts[2]?.reasons).toEqual(['Asset IT-1 is already on line 2 of this file']);
    expect(verdicts[3]?.reasons).toEqual(['Employee E-OPEN already has open case RET-000001']);
  });

  it('a remote employee needs a shipping address', () => {
    expect(reasons({ ...good, location: 'remote' })).toEqual(['A remote employee needs a shipping address for the return kit']);
  });

  it("reads the employee's e-mail address (any spelling of the column, or the RT form line), refuses a malformed one, and allows none", () => {
    const opened = (line: Record<string, unknown>): string | null => {
      const [v] = checkLines([line], 2, ctx);
      return v?.accepted === true ? v.newCase.employeeEmail : null;
    };
    expect(opened({ ...good, employee_email: ' ada@example.com ' })).toBe('ada@example.com');
    expect(opened({ ...good, 'Employee Email': 'ada@example.com' })).toBe('ada@example.com');
    expect(opened({ ...good, email: 'ada@example.co.uk' })).toBe('ada@example.co.uk');
    expect(opened(good)).toBe('');
    expect(reasons({ ...good, employee_email: 'Ada Lovelace' })).toEqual(['Employee e-mail "Ada Lovelace" is not an e-mail address such as name@example.com']);
    expect(reasons({ ...good, employee_email: 'ada@example' })).toEqual(['Employee e-mail "ada@example" is not an e-mail address such as name@example.com']);
    expect(reasons({ ...good, employee_email: 'ada@example.com, bob@example.com' })).toHaveLength(1);
  });
});
