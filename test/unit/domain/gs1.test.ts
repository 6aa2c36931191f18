import { describe, expect, it } from 'vitest';
import { gtinCheckDigitValid, parseGs1 } from '../../../shared/domain/gs1';

const GS = '\u001d';

describe('GTIN check digits', () => {
  it('accepts valid GTIN-8, -12, -13 and -14 and refuses a wrong check digit', () => {
    for (const gtin of ['96385074', '036000291452', '4006381333931', '9780306406157', '09506000134352']) {
      expect({ gtin, valid: gtinCheckDigitValid(gtin) }).toEqual({ gtin, valid: true });
    }
    for (const gtin of ['96385075', '036000291453', '4006381333932', '09506000134353']) {
      expect({ gtin, valid: gtinCheckDigitValid(gtin) }).toEqual({ gtin, valid: false });
    }
  });

  it('refuses wrong lengths and non-digits', () => {
    for (const gtin of ['', '1234567', '12345678901', '123456789012345', '0950600013435X', ' 9506000134352']) expect(gtinCheckDigitValid(gtin)).toBe(false);
  });
});

describe('parseGs1', () => {
  it('reads parenthesised element strings', () => {
    expect(parseGs1('(01)09506000134352(17)261231(10)LOT-42(21)SER/001')).toEqual({
      gtin: '09506000134352',
      serial: 'SER/001',
      elements: { '01': '09506000134352', '17': '261231', '10': 'LOT-42', '21': 'SER/001' },
    });
  });

  it('reads raw strings: fixed-length elements need no separator, variable ones end at GS or at the end', () => {
    expect(parseGs1(`010950600013435217261231${'10'}LOT42${GS}21SER1`)).toEqual({
      gtin: '09506000134352',
      serial: 'SER1',
      elements: { '01': '09506000134352', '17': '261231', '10': 'LOT42', '21': 'SER1' },
    });
    expect(parseGs1(`21SER1${GS}0109506000134352`)).toMatchObject({ serial: 'SER1', gtin: '09506000134352' });
    expect(parseGs1(`0109506000134352${GS}21SER1`)).toMatchObject({ serial: 'SER1' });
    expect(parseGs1('240CUSTOMER-PART')).toEqual({ elements: { '240': 'CUSTOMER-PART' } });
  });

  it('refuses unknown AIs, wrong fixed lengths, non-digits in numeric elements and bad check digits', () => {
    for (const input of ['(99)X', '(01)123', '(01)095060001343521', '(17)26AB31', '(01)09506000134353', '0109506000134353', '01095060001343', '17ABCDEF', 'XX123', '(01)09506000134352 ']) {
      expect({ input, parsed: parseGs1(input) }).toEqual({ input, parsed: null });
    }
  });

  it('refuses variable elements that are empty, too long, or outside GS1 character set 82', () => {
    for (const input of ['(21)', '(21)(01)09506000134352', `(21)${'A'.repeat(21)}`, `21${'A'.repeat(21)}`, `21${GS}0109506000134352`, '(21)ÄBC', '(21)A B', '(21)💻', `21SER\ud800`, '(10)LOT\u202e1']) {
      expect({ input, parsed: parseGs1(input) }).toEqual({ input, parsed: null });
    }
    expect(parseGs1(`(21)${'A'.repeat(20)}`)).toMatchObject({ serial: 'A'.repeat(20) });
    expect(parseGs1('(21)!"%&\'()*+,-./:;<=>?_az09')).toBeNull();
    expect(parseGs1('(21)!"%&\'*+,-./:;<=>?_az')).toMatchObject({ serial: '!"%&\'*+,-./:;<=>?_az' });
  });

  it('refuses empty input and leftovers that are not elements', () => {
    expect(parseGs1('')).toBeNull();
    expect(parseGs1('(01)09506000134352junk(21)X')).toBeNull();
    expect(parseGs1('prefix(01)09506000134352')).toBeNull();
  });
});
