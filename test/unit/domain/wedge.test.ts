import { describe, expect, it } from 'vitest';
import { classifyKeystrokes, DEFAULT_WEDGE, stripAffixes, type WedgeSettings } from '../../../shared/domain/wedge';

/** Key-down times for `count` keys with the given gaps (repeated as needed). */
function keyTimes(count: number, gaps: readonly number[]): number[] {
  const times = [1000];
  for (let i = 1; i < count; i += 1) times.push((times[i - 1] ?? 0) + (gaps[(i - 1) % gaps.length] ?? 0));
  return times;
}

describe('telling a scanner burst from typing', () => {
  const settings: WedgeSettings = { ...DEFAULT_WEDGE, maxInterKeyMs: 35, minLength: 4 };

  it('a fast even burst is a wedge scan; slow typing is keyboard', () => {
    expect(classifyKeystrokes(keyTimes(12, [8]), settings)).toBe('wedge');
    expect(classifyKeystrokes(keyTimes(12, [140, 95, 210]), settings)).toBe('keyboard');
  });

  it('judges by the median gap: one hiccup in a burst stays a scan, one quick pair in typing stays typing', () => {
    expect(classifyKeystrokes(keyTimes(10, [10, 10, 10, 400]), settings)).toBe('wedge');
    expect(classifyKeystrokes(keyTimes(10, [150, 150, 150, 5]), settings)).toBe('keyboard');
  });

  it('the threshold itself counts as a burst', () => {
    expect(classifyKeystrokes(keyTimes(8, [35]), settings)).toBe('wedge');
    expect(classifyKeystrokes(keyTimes(8, [36]), settings)).toBe('keyboard');
  });

  it('fewer keys than the minimum length is never a scan, however fast', () => {
    expect(classifyKeystrokes(keyTimes(3, [5]), settings)).toBe('keyboard');
    expect(classifyKeystrokes(keyTimes(4, [5]), settings)).toBe('wedge');
    expect(classifyKeystrokes([], settings)).toBe('keyboard');
    expect(classifyKeystrokes([1000], { ...settings, minLength: 1 })).toBe('keyboard');
    expect(classifyKeystrokes(keyTimes(6, [5]), { ...settings, minLength: 8 })).toBe('keyboard');
  });
});

describe('scanner prefix and suffix', () => {
  it('removes the configured affixes only where they are', () => {
    const settings: WedgeSettings = { ...DEFAULT_WEDGE, prefix: '#', suffix: '$' };
    expect(stripAffixes('#IT-001234$', settings)).toBe('IT-001234');
    expect(stripAffixes('IT-001234$', settings)).toBe('IT-001234');
    expect(stripAffixes('#IT-001234', settings)).toBe('IT-001234');
    expect(stripAffixes('IT-#001234', settings)).toBe('IT-#001234');
    expect(stripAffixes('##IT$$', settings)).toBe('#IT$');
  });

  it('with no affixes configured, leaves the text alone', () => {
    expect(stripAffixes('#IT-001234$', DEFAULT_WEDGE)).toBe('#IT-001234$');
  });
});
