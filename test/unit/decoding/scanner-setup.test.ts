import { describe, expect, it } from 'vitest';
import { readAimPrefix } from '../../../shared/domain/aim';
import { DEFAULT_WEDGE } from '../../../shared/domain/wedge';
import { commonAffixes, describeScan, suggestThreshold, visibleText } from '../../../renderer/src/scan/scan-anatomy';

const burst = (n: number, gap: number): number[] => Array.from({ length: n }, (_, i) => 1000 + i * gap);

describe('scanner setup: taking a scan apart', () => {
  it('names AIM symbology identifiers in words', () => {
    expect(readAimPrefix(']C1010950600013435221SN1')).toEqual({ identifier: ']C1', words: 'GS1-128 (Code 128 with GS1 data)' });
    expect(readAimPrefix(']E09780201379624')?.words).toBe('EAN-13 or UPC-A');
    expect(readAimPrefix(']Q1IT-001234')?.words).toBe('QR code');
    expect(readAimPrefix(']d2...')?.words).toBe('GS1 DataMatrix');
    expect(readAimPrefix(']A0PF3ABC12')?.words).toBe('Code 39 (modifier 0)');
    expect(readAimPrefix('IT-001234')).toBeNull();
  });

  it('shows invisible characters, and which configured prefix and suffix a scan carried', () => {
    expect(visibleText('01\u001d21AB\r')).toBe('01\u27e8GS\u27e921AB\u27e8CR\u27e9');
    const scan = describeScan('~IT-001234#', burst(11, 4), 'Enter', { ...DEFAULT_WEDGE, prefix: '~', suffix: '#' });
    expect(scan).toMatchObject({ removedPrefix: '~', removedSuffix: '#', endKey: 'Enter', maxGapMs: 4 });
    expect(scan.entry).toMatchObject({ value: 'IT-001234', source: 'wedge', medianGapMs: 4, keys: 11 });
    expect(describeScan('IT-001234', burst(9, 120), 'Tab', DEFAULT_WEDGE)).toMatchObject({ removedPrefix: null, removedSuffix: null, entry: { source: 'keyboard' } });
  });

  it('finds the symbols a scanner adds around every code, but not letters or digits two labels happen to share', () => {
    expect(commonAffixes(['~IT-001234#', '~PF3ABC12#'])).toEqual({ prefix: '~', suffix: '#' });
    expect(commonAffixes(['IT-001234', 'IT-005674'])).toEqual({ prefix: '', suffix: '' });
    expect(commonAffixes([']C1~AB12*', ']Q1~CD34*'])).toEqual({ prefix: '~', suffix: '*' });
    expect(commonAffixes(['~IT-001234#', '~IT-001234#'])).toBeNull();
  });

  it('suggests a key-gap threshold above the scanner\u2019s bursts and below typing', () => {
    expect(suggestThreshold([4, 9, null])).toBe(18);
    expect(suggestThreshold([2])).toBe(15);
    expect(suggestThreshold([140, 180])).toBeNull();
  });
});
