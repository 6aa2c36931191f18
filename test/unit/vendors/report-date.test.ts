import { describe, expect, it } from 'vitest';
import { readReportDate } from '../../../electron/services/vendors/disposition/report-date';

describe('readReportDate: the processing dates vendors write', () => {
  it('reads ISO dates as they are, with or without a time', () => {
    expect(readReportDate('2026-11-20', undefined)).toBe('2026-11-20');
    expect(readReportDate('2026-11-20T14:03:00Z', 'mdy')).toBe('2026-11-20');
    expect(readReportDate('2026-1-5 08:00', undefined)).toBe('2026-01-05');
  });

  it('reads slashed or dotted dates in the vendor\u2019s order, day first unless its mapping says month first', () => {
    expect(readReportDate('03/04/2026', undefined)).toBe('2026-04-03');
    expect(readReportDate('03.04.2026', 'dmy')).toBe('2026-04-03');
    expect(readReportDate('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(readReportDate('12-31-2026', 'mdy')).toBe('2026-12-31');
  });

  it('refuses what is no date: impossible days, Excel serial numbers, words', () => {
    expect(readReportDate('31/02/2026', undefined)).toBeNull();
    expect(readReportDate('2026-13-01', undefined)).toBeNull();
    expect(readReportDate('12/31/2026', 'dmy')).toBeNull();
    expect(readReportDate('46000', undefined)).toBeNull();
    expect(readReportDate('last week', undefined)).toBeNull();
  });
});
