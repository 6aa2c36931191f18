import { ACCESSORIES, DAMAGE_CODES, type Condition, type GradeOption, type GradeToken, type GradingScheme } from '../../../shared/domain/grading';

/** A grade being put together on a card: nothing is recorded until it is confirmed. */
export interface GradeDraft {
  readonly functional: string | null;
  readonly cosmetic: string | null;
  readonly grade: string | null;
  readonly damage: readonly string[];
  readonly accessories: readonly string[];
  readonly note: string;
}

export const EMPTY_DRAFT: GradeDraft = { functional: null, cosmetic: null, grade: null, damage: [], accessories: [], note: '' };

export type GradeAxis = GradeToken['axis'];
export type CodeList = 'damage' | 'accessories';

export function selectGrade(draft: GradeDraft, token: GradeToken): GradeDraft {
  return { ...draft, [token.axis]: token.code };
}

/** A grade button pressed twice clears that grade again. */
export function toggleGrade(draft: GradeDraft, axis: GradeAxis, code: string): GradeDraft {
  return { ...draft, [axis]: draft[axis] === code ? null : code };
}

export function toggleCode(draft: GradeDraft, list: CodeList, code: string): GradeDraft {
  const current = draft[list];
  return { ...draft, [list]: current.includes(code) ? current.filter((c) => c !== code) : [...current, code] };
}

export type DraftCondition = { readonly ok: true; readonly condition: Condition | null } | { readonly ok: false; readonly problem: string };

/** The condition to record under the site's scheme, or why the draft cannot be recorded yet. */
export function draftCondition(draft: GradeDraft, scheme: GradingScheme): DraftCondition {
  if (scheme === 'abcd') return { ok: true, condition: draft.grade === null ? null : { scheme: 'abcd', grade: draft.grade } };
  if (draft.functional === null) {
    return draft.cosmetic === null
      ? { ok: true, condition: null }
      : { ok: false, problem: 'Pick a functional grade too (F1\u2013F6, UT or NF), or clear the cosmetic grade.' };
  }
  return { ok: true, condition: { scheme: 'r2v3-rec', functional: draft.functional, cosmetic: draft.cosmetic } };
}

/** A damage or accessory code typed or scanned from the grade sheet ("CHARGER", "HINGE"). */
export function readCodeToken(input: string): { readonly list: CodeList; readonly code: string } | null {
  const code = input.trim().toUpperCase();
  if (DAMAGE_CODES.some((o) => o.code === code)) return { list: 'damage', code };
  if (ACCESSORIES.some((o) => o.code === code)) return { list: 'accessories', code };
  return null;
}

export function optionLabel(options: readonly GradeOption[], code: string): string {
  return options.find((o) => o.code === code)?.label ?? code;
}

export const damageLabel = (code: string): string => optionLabel(DAMAGE_CODES, code);
export const accessoryLabel = (code: string): string => optionLabel(ACCESSORIES, code);
