import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysAfter, dayNumber, isoOfDay, workCalendar } from '../../../shared/domain/cases/business-days';

const day = (iso: string): number => {
  const d = dayNumber(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
};
const plain = workCalendar([]);

describe('business days', () => {
  it('reads only real calendar dates', () => {
    expect(dayNumber('2026-02-29')).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('03/04/2026')).toBeNull();
    expect(isoOfDay(day('2026-11-02'))).toBe('2026-11-02');
  });

  it('counts Monday to Friday: five business days after a Monday is the next Monday', () => {
    expect(isoOfDay(addBusinessDays(day('2026-11-02'), 5, plain))).toBe('2026-11-09');
    expect(isoOfDay(addBusinessDays(day('2026-11-06'), 1, plain))).toBe('2026-11-09');
  });

  it('a return due on a Saturday separation day is due the Monday after', () => {
    expect(isoOfDay(addBusinessDays(day('2026-11-07'), 0, plain))).toBe('2026-11-09');
  });

  it('skips the site holidays', () => {
    const calendar = workCalendar(['2026-12-25', '2026-12-28']);
    expect(isoOfDay(addBusinessDays(day('2026-12-24'), 1, calendar))).toBe('2026-12-29');
    expect(isoOfDay(addBusinessDays(day('2026-12-25'), 0, calendar))).toBe('2026-12-29');
  });

  it('counts the business days between two dates, weekends and holidays left out, over long spans too', () => {
    expect(businessDaysAfter(day('2026-11-02'), day('2026-11-09'), plain)).toBe(5);
    expect(businessDaysAfter(day('2026-11-09'), day('2026-11-02'), plain)).toBe(0);
    expect(businessDaysAfter(day('2026-12-24'), day('2026-12-29'), workCalendar(['2026-12-25', '2026-12-28']))).toBe(1);
    // A year holds 52 weeks and a day or two: 260 or 261 business days.
    expect(businessDaysAfter(day('2026-01-01'), day('2027-01-01'), plain)).toBe(261);
    let slow = 0;
    for (let d = day('2026-01-02'); d <= day('2027-01-01'); d += 1) if (addBusinessDays(d, 0, plain) === d) slow += 1;
    expect(slow).toBe(261);
  });
});
