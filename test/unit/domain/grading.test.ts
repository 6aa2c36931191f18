import { describe, expect, it } from 'vitest';
import { ABCD_GRADES, conditionCode, conditionProblem, readGradeToken, REC_COSMETIC, REC_FUNCTIONAL, unknownCodes } from '../../../shared/domain/grading';

describe('grading vocabularies', () => {
  it('R2v3 REC offers F1–F6, untested and non-functional, and cosmetic C1–C9; the commercial scheme A–D and non-functional', () => {
    expect(REC_FUNCTIONAL.map((o) => o.code).sort()).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'NF', 'UT']);
    expect(REC_COSMETIC.map((o) => o.code).sort()).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9']);
    expect(ABCD_GRADES.map((o) => o.code)).toEqual(['A', 'B', 'C', 'D', 'NF']);
  });
});

describe('conditionProblem: is a grade valid under the site scheme?', () => {
  it('accepts valid grades of the site scheme', () => {
    expect(conditionProblem({ scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' }, 'r2v3-rec')).toBeNull();
    expect(conditionProblem({ scheme: 'r2v3-rec', functional: 'UT', cosmetic: null }, 'r2v3-rec')).toBeNull();
    expect(conditionProblem({ scheme: 'abcd', grade: 'B' }, 'abcd')).toBeNull();
    expect(conditionProblem({ scheme: 'abcd', grade: 'NF' }, 'abcd')).toBeNull();
  });

  it('refuses another scheme than the site uses, and codes outside the vocabulary', () => {
    expect(conditionProblem({ scheme: 'abcd', grade: 'B' }, 'r2v3-rec')).toBe('This site grades with r2v3-rec, not abcd');
    expect(conditionProblem({ scheme: 'r2v3-rec', functional: 'F7', cosmetic: null }, 'r2v3-rec')).toBe('Unknown functional category F7');
    expect(conditionProblem({ scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C10' }, 'r2v3-rec')).toBe('Unknown cosmetic category C10');
    expect(conditionProblem({ scheme: 'r2v3-rec', functional: 'C5', cosmetic: 'F3' }, 'r2v3-rec')).toBe('Unknown functional category C5');
    expect(conditionProblem({ scheme: 'abcd', grade: 'E' }, 'abcd')).toBe('Unknown grade E');
    expect(conditionProblem({ scheme: 'abcd', grade: 'b' }, 'abcd')).toBe('Unknown grade b');
  });
});

describe('damage and accessory codes', () => {
  it('lists the codes that are not in the vocabulary', () => {
    expect(unknownCodes(['HINGE', 'LIQUID'], 'damage')).toEqual([]);
    expect(unknownCodes(['HINGE', 'SCRATCHED', 'CHARGER'], 'damage')).toEqual(['SCRATCHED', 'CHARGER']);
    expect(unknownCodes(['CHARGER', 'DOCK', 'HINGE'], 'accessory')).toEqual(['HINGE']);
  });
});

describe('short codes and grade cards', () => {
  it('writes the code shown on lists and labels', () => {
    expect(conditionCode({ scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' })).toBe('F3/C5');
    expect(conditionCode({ scheme: 'r2v3-rec', functional: 'NF', cosmetic: null })).toBe('NF');
    expect(conditionCode({ scheme: 'abcd', grade: 'D' })).toBe('D');
  });

  it('reads a typed or scanned grade token against the site scheme', () => {
    expect(readGradeToken(' f3 ', 'r2v3-rec')).toEqual({ axis: 'functional', code: 'F3' });
    expect(readGradeToken('c5', 'r2v3-rec')).toEqual({ axis: 'cosmetic', code: 'C5' });
    expect(readGradeToken('nf', 'r2v3-rec')).toEqual({ axis: 'functional', code: 'NF' });
    expect(readGradeToken('b', 'abcd')).toEqual({ axis: 'grade', code: 'B' });
    expect(readGradeToken('F3', 'abcd')).toBeNull();
    expect(readGradeToken('B', 'r2v3-rec')).toBeNull();
    expect(readGradeToken('C', 'abcd')).toEqual({ axis: 'grade', code: 'C' });
    expect(readGradeToken('', 'r2v3-rec')).toBeNull();
  });
});
