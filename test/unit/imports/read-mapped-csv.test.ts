import { describe, expect, it } from 'vitest';
import type { MappedColumn } from '../../../shared/domain/vendors';
import { DocksideError, type ErrorCode } from '../../../shared/errors';
import { readHeader } from '../../../electron/services/imports/read-header';
import { readMappedCsv } from '../../../electron/services/imports/read-mapped-csv';
import { writeMappedCsv } from '../../../electron/services/imports/write-mapped-csv';

const COLUMNS: MappedColumn[] = [
  { column: 'Serial Number', field: 'serial' },
  { column: 'Asset Tag', field: 'assetTag' },
  { column: 'Disposition', field: 'outcome' },
  { column: 'Cert #', field: 'certificateNumber' },
];

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(run: () => unknown): { code: ErrorCode; reason: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof DocksideError) return { code: error.error.code, reason: error.error.details?.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readMappedCsv: reading a vendor file through its mapping', () => {
  it('reads values by our field names, whatever the column order, case and spacing of the header', () => {
    const csv = readMappedCsv('cert #,DISPOSITION, serial  number ,asset_tag\nC-1,RECYCLED,SN100,AT-1\n', COLUMNS);
    expect(csv.delimiter).toBe(',');
    expect(csv.problems).toEqual([]);
    expect(csv.rows).toEqual([{ line: 2, values: { serial: 'SN100', assetTag: 'AT-1', outcome: 'RECYCLED', certificateNumber: 'C-1' }, lostZeros: [] }]);
  });

  it('drops a UTF-8 byte-order mark so the first heading still matches', () => {
    const csv = readMappedCsv(bytes('\ufeffSerial Number,Asset Tag,Disposition,Cert #\r\nSN1,,SHRED,C9\r\n'), COLUMNS);
    expect(csv.header[0]).toBe('Serial Number');
    expect(csv.rows.map((r) => r.values)).toEqual([{ serial: 'SN1', outcome: 'SHRED', certificateNumber: 'C9' }]);
  });

  it('detects semicolon and tab delimiters from the header', () => {
    const semi = readMappedCsv('Serial Number;Asset Tag;Disposition;Cert #\nSN1;AT1;"RECYCLED; bulk";C1\n', COLUMNS);
    expect(semi.delimiter).toBe(';');
    expect(semi.rows[0]?.values.outcome).toBe('RECYCLED; bulk');
    const tab = readMappedCsv('Serial Number\tAsset Tag\tDisposition\tCert #\nSN2\tAT2\tRESOLD\tC2\n', COLUMNS);
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[0]?.values).toEqual({ serial: 'SN2', assetTag: 'AT2', outcome: 'RESOLD', certificateNumber: 'C2' });
  });

  it('numbers lines by the physical line a record starts on, across quoted line breaks and empty lines', () => {
    const text = 'Serial Number,Asset Tag,Disposition,Cert #\n\nSN1,AT1,"RECYCLED\nsecond line\nthird",C1\n\n\nSN2,AT2,RESOLD,C2\r\nSN3,AT3,SHRED,C3';
    const csv = readMappedCsv(text, COLUMNS);
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => [r.line, r.values.serial])).toEqual([[3, 'SN1'], [8, 'SN2'], [9, 'SN3']]);
    expect(csv.rows[0]?.values.outcome).toBe('RECYCLED\nsecond line\nthird');
  });

  it('reports the second and later occurrences of a serial as problems naming the first line, keeping the first', () => {
    const csv = readMappedCsv('Serial Number,Asset Tag,Disposition,Cert #\nSN1,AT1,R,C1\nSN2,AT2,R,C2\nsn1,AT9,R,C3\nSN1,,R,C4\n', COLUMNS);
    expect(csv.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(csv.problems).toEqual([
      { line: 4, reason: 'The serial sn1 already appears on line 2: only that first line is read.', value: 'sn1' },
      { line: 5, reason: 'The serial SN1 already appears on line 2: only that first line is read.', value: 'SN1' },
    ]);
  });

  it('refuses serials Excel turned into scientific notation, with words saying so', () => {
    const csv = readMappedCsv('Serial Number,Asset Tag,Disposition,Cert #\n1.23E+11,,R,C1\n4,56E+12,AT2,R,C2\nSN3,AT3,R,1.5E+9\n', COLUMNS);
    expect(csv.rows).toEqual([]);
    expect(csv.problems[0]).toMatchObject({ line: 2, value: '1.23E+11' });
    expect(csv.problems[0]?.reason).toMatch(/Excel turned it into a number in scientific notation/);
    expect(csv.problems[1]?.line).toBe(3);
    expect(csv.problems[2]).toMatchObject({ line: 4, value: '1.5E+9' });
    expect(csv.problems[2]?.reason).toMatch(/certificate number/);
  });

  it('flags digits-only serials and tags (Excel may have stripped their leading zeros) and nothing else', () => {
    const csv = readMappedCsv('Serial Number,Asset Tag,Disposition,Cert #\n12345,778,R,C1\n0012345,AT2,R,C2\nC02X1,99,R,C3\n', COLUMNS);
    expect(csv.rows.map((r) => r.lostZeros)).toEqual([['serial', 'assetTag'], [], ['assetTag']]);
  });

  it('refuses lines with control characters, zero-width or bidi characters in a mapped cell', () => {
    const csv = readMappedCsv('Serial Number,Asset Tag,Disposition,Cert #\nSN\u00071,AT1,R,C1\nSN2,A\u202eT2,R,C2\nSN3,AT3,R\u0001,C3\nSN4,AT4,R,C4\n', COLUMNS);
    expect(csv.rows.map((r) => r.values.serial)).toEqual(['SN4']);
    expect(csv.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'The serial holds control characters (a garbled export or a hostile file).'],
      [3, 'The asset tag holds control characters (a garbled export or a hostile file).'],
      [4, 'The outcome holds control characters (a garbled export or a hostile file).'],
    ]);
  });

  it('explains lines with too few or too many cells, an unclosed quote, and lines with no serial or tag', () => {
    const text = 'Serial Number,Asset Tag,Disposition,Cert #\nSN1,AT1,R\nSN2,AT2,R,C2,extra\nSN3,AT3,R,C3,,\n,,R,C4\nSN5,AT5,"R,C5\nSN6,AT6,R,C6\n';
    const csv = readMappedCsv(text, COLUMNS);
    expect(csv.rows.map((r) => r.values.serial)).toEqual(['SN3']);
    expect(csv.problems.map((p) => p.line)).toEqual([2, 3, 5, 6]);
    expect(csv.problems[0]?.reason).toMatch(/3 cells where the header has 4/);
    expect(csv.problems[1]?.reason).toMatch(/separator inside a value/);
    expect(csv.problems[2]?.reason).toMatch(/neither a serial nor an asset tag/);
    expect(csv.problems[3]?.reason).toMatch(/never closes/);
  });

  it('refuses a file without the mapped columns, naming what is missing and what the header has', () => {
    const { code, reason } = refusal(() => readMappedCsv('Serial,Outcome\nSN1,R\n', COLUMNS));
    expect(code).toBe('CSV_MISSING_COLUMNS');
    expect(reason).toBe('Missing: \u201cSerial Number\u201d, \u201cAsset Tag\u201d, \u201cDisposition\u201d, \u201cCert #\u201d. The file\u2019s header has: Serial, Outcome.');
  });

  it('refuses a header that names a mapped column twice', () => {
    expect(refusal(() => readMappedCsv('Serial Number,Asset Tag,Disposition,Cert #,serial number\n', COLUMNS)).code).toBe('CSV_AMBIGUOUS_COLUMNS');
  });

  it('refuses an empty file, a binary file and a file that is not UTF-8, naming the line', () => {
    expect(refusal(() => readMappedCsv('\n\n  \n', COLUMNS)).code).toBe('CSV_EMPTY');
    expect(refusal(() => readMappedCsv(bytes('Serial Number\u0000,x'), COLUMNS)).code).toBe('CSV_UNREADABLE');
    const latin1 = Uint8Array.from([...bytes('Serial Number,Asset Tag,Disposition,Cert #\nSN1,AT1,R,C1\nSN2,AT2,'), 0xe9, ...bytes('t\u00e9,C2\n')]);
    expect(refusal(() => readMappedCsv(latin1, COLUMNS))).toEqual({ code: 'CSV_NOT_UTF8', reason: 'Line 3 holds bytes that are not UTF-8 text.' });
  });

  it('refuses a file over 50 MB before reading it, in words', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41);
    expect(refusal(() => readMappedCsv(big, COLUMNS))).toEqual({ code: 'FILE_TOO_LARGE', reason: 'The file is 50.0 MB; the limit is 50 MB.' });
  });
});

describe('readHeader: a sample file for the mapping editor', () => {
  it('gives the header, the delimiter and the first lines', () => {
    const sample = readHeader(bytes('\ufeffSerial;Tag;Grade;Outcome\r\nSN1;T1;A;RESOLD\r\n\r\nSN2;T2;"B\r\nscuffed";SHRED\r\n'));
    expect(sample).toEqual({ header: ['Serial', 'Tag', 'Grade', 'Outcome'], delimiter: ';', sampleRows: [['SN1', 'T1', 'A', 'RESOLD'], ['SN2', 'T2', 'B\nscuffed', 'SHRED']] });
  });

  it('stops after a few sample lines', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `S${i},x`).join('\n');
    expect(readHeader(`Serial,Other\n${lines}`).sampleRows).toHaveLength(5);
  });
});

describe('writeMappedCsv: the vendor column layout', () => {
  it('writes the vendor headings in its order with a BOM, quoting and defused formulas, and reads back the same', () => {
    const out = writeMappedCsv(
      [
        { serial: 'SN1', assetTag: 'AT-1', outcome: 'recycled', certificateNumber: '=HYPERLINK("x")' },
        { serial: 'SN, 2', outcome: 'line\nbreak' },
      ],
      COLUMNS,
    );
    expect(out.startsWith('\ufeffSerial Number,Asset Tag,Disposition,Cert #\r\n')).toBe(true);
    expect(out).toContain('"\'=HYPERLINK(""x"")"');
    const back = readMappedCsv(out, COLUMNS);
    expect(back.rows.map((r) => r.values)).toEqual([
      { serial: 'SN1', assetTag: 'AT-1', outcome: 'recycled', certificateNumber: '\'=HYPERLINK("x")' },
      { serial: 'SN, 2', outcome: 'line\nbreak' },
    ]);
  });
});
