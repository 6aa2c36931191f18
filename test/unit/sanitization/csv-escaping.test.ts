import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../electron/services/wipes/export/csv';

describe('CSV for auditors, safe to open in a spreadsheet', () => {
  it('defuses cells a spreadsheet would run as formulas: = + - @, also after spaces, and tab or CR first', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 113 555 0100')).toBe("'+44 113 555 0100");
    expect(csvCell('-FAILED-')).toBe("'-FAILED-");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('  =cmd|calc')).toBe("'  =cmd|calc");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('S3Z9NB0K123456X')).toBe('S3Z9NB0K123456X');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes commas, quotes and line breaks the RFC 4180 way, and writes nothing for null', () => {
    expect(csvCell('Lenovo, Inc.')).toBe('"Lenovo, Inc."');
    expect(csvCell('the "quoted" part')).toBe('"the ""quoted"" part"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    const doc = csvDocument(['Serial', 'Note'], [['Ä-1', 'Überprüft'], ['B', null]]);
    expect(doc).toBe('\ufeffSerial,Note\r\nÄ-1,Überprüft\r\nB,\r\n');
    expect(Buffer.from(doc, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
