import { describe, expect, it } from 'vitest';
import { compileTagPattern, DEFAULT_ASSET_TAG_PATTERN, MAX_SCAN_LENGTH, normaliseIdentifier, readScan } from '../../../shared/domain/scan';

const GS = '\u001d';
const tags = new RegExp(DEFAULT_ASSET_TAG_PATTERN, 'u');
const read = (raw: string, pattern: RegExp = tags) => readScan(raw, pattern);

describe('readScan: what a scanner typed, turned into a tag, a serial or a GS1 reading', () => {
  it('trims, upper-cases and tells an asset tag from a serial by the site pattern', () => {
    expect(read('  it-001234 \r\n')).toEqual({ ok: true, reading: { kind: 'asset-tag', value: 'IT-001234' } });
    expect(read('pf3abc12')).toEqual({ ok: true, reading: { kind: 'serial', value: 'PF3ABC12' } });
    expect(read('C02XK1ABJG5J')).toEqual({ ok: true, reading: { kind: 'serial', value: 'C02XK1ABJG5J' } });
    const numericTags = /^\d{6}$/u;
    expect(read('123456', numericTags)).toEqual({ ok: true, reading: { kind: 'asset-tag', value: '123456' } });
    expect(read('123456')).toEqual({ ok: true, reading: { kind: 'serial', value: '123456' } });
  });

  it('removes control and invisible characters that scanners and copy-paste add', () => {
    for (const raw of ['\u0002IT-001234\u0003', '\u200bIT-001234\ufeff', '\u202eIT-001234\u202c', 'IT-\u00ad001234', '\u0000IT-001234\u007f']) {
      expect({ raw, outcome: read(raw) }).toEqual({ raw, outcome: { ok: true, reading: { kind: 'asset-tag', value: 'IT-001234' } } });
    }
  });

  it('nothing, or nothing but control characters, is refused in kind', () => {
    expect(read('')).toEqual({ ok: false, problem: 'SCAN_EMPTY', cleaned: '' });
    expect(read('  \r\n\t')).toEqual({ ok: false, problem: 'SCAN_EMPTY', cleaned: '' });
    expect(read('\u0000\u0001\u0002')).toEqual({ ok: false, problem: 'SCAN_UNREADABLE', cleaned: '' });
    expect(read(`${GS}${GS}`)).toEqual({ ok: false, problem: 'SCAN_UNREADABLE', cleaned: '' });
    expect(read('\u200b\u200b')).toEqual({ ok: false, problem: 'SCAN_UNREADABLE', cleaned: '' });
  });

  it('strips AIM symbology identifiers', () => {
    expect(read(']A0IT-001234')).toEqual({ ok: true, reading: { kind: 'asset-tag', value: 'IT-001234' } });
    expect(read(']C0PF3ABC12')).toEqual({ ok: true, reading: { kind: 'serial', value: 'PF3ABC12' } });
  });

  it('reads GS1 element strings: parenthesised, raw with GS separators, behind an AIM prefix, and unprefixed', () => {
    const expected = { ok: true, reading: { kind: 'gs1', value: 'ABC123', serial: 'ABC123', gtin: '09506000134352' } };
    expect(read('(01)09506000134352(21)ABC123')).toEqual(expected);
    expect(read(`]C1010950600013435221ABC123${GS}10LOT7`)).toEqual(expected);
    expect(read(`]d2010950600013435221abc123`)).toEqual(expected);
    expect(read(`${GS}010950600013435221ABC123`)).toEqual(expected);
    expect(read('010950600013435221ABC123')).toEqual(expected);
    expect(read(']Q3(01)09506000134352(21)ABC123')).toEqual(expected);
  });

  it('a GS1 product code without serial is read as such (the caller refuses it)', () => {
    expect(read('(01)09506000134352')).toEqual({ ok: true, reading: { kind: 'gs1', value: '09506000134352', serial: null, gtin: '09506000134352' } });
  });

  it('a GS1 symbology with content that is not a valid element string is an unknown format', () => {
    expect(read(']C1HELLO')).toEqual({ ok: false, problem: 'SCAN_UNKNOWN_FORMAT', cleaned: 'HELLO' });
    expect(read(']d2(01)09506000134353(21)X').ok).toBe(false);
  });

  it('over-long scans are refused before or after cleaning', () => {
    expect(read('A'.repeat(MAX_SCAN_LENGTH + 1))).toEqual({ ok: false, problem: 'SCAN_TOO_LONG', cleaned: '' });
    expect(read('A'.repeat(65))).toMatchObject({ ok: false, problem: 'SCAN_TOO_LONG' });
    expect(read('A'.repeat(64))).toEqual({ ok: true, reading: { kind: 'serial', value: 'A'.repeat(64) } });
    expect(read(`${'\u200b'.repeat(200)}PF3ABC12`)).toEqual({ ok: true, reading: { kind: 'serial', value: 'PF3ABC12' } });
  });

  it('anything that is neither a tag nor serial-shaped is an unknown format, with what was read', () => {
    expect(read('hello world')).toEqual({ ok: false, problem: 'SCAN_UNKNOWN_FORMAT', cleaned: 'HELLO WORLD' });
    expect(read('AB')).toEqual({ ok: false, problem: 'SCAN_UNKNOWN_FORMAT', cleaned: 'AB' });
    expect(read('-IT-001234')).toMatchObject({ ok: false, problem: 'SCAN_UNKNOWN_FORMAT' });
    expect(read('📦📦📦')).toMatchObject({ ok: false, problem: 'SCAN_UNKNOWN_FORMAT' });
  });
});

describe('asset-tag patterns and identifiers typed into forms', () => {
  it('compiles a valid pattern and explains an invalid or over-long one', () => {
    expect(compileTagPattern('^[A-Z]{2}\\d{4}$')).toBeInstanceOf(RegExp);
    expect(typeof compileTagPattern('([')).toBe('string');
    expect(compileTagPattern('a'.repeat(201))).toBe('Pattern is too long');
  });

  it('normalises a typed identifier the same way as a scan', () => {
    expect(normaliseIdentifier(' \u200bit-001234\u0000 ')).toBe('IT-001234');
    expect(normaliseIdentifier(`AB${GS}C`)).toBe('ABC');
  });
});
