import { conditionCode, conditionProblem, unknownCodes, type Condition } from '../../../shared/domain/grading';
import type { CustodyEvent } from '../../../shared/domain/events';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { appendEvent } from '../custody/append';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';

export interface GradeInput {
  readonly assetId: string;
  readonly condition: Condition | null;
  readonly damage: readonly string[];
  readonly accessories: readonly string[];
  readonly note: string;
}

/** Checks a grade against the site's scheme and vocabularies before anything is written. */
export function checkGrade(env: CoreEnv, input: GradeInput): void {
  const { gradingScheme } = readSettings(env.db);
  if (input.condition !== null) {
    const problem = conditionProblem(input.condition, gradingScheme);
    if (problem !== null) throw new DocksideError('GRADE_INVALID', problem);
  }
  const unknown = [...unknownCodes(input.damage, 'damage'), ...unknownCodes(input.accessories, 'accessory')];
  if (unknown.length > 0) throw new DocksideError('GRADE_INVALID', `Unknown codes: ${unknown.join(', ')}`);
}

/** Appends a condition_recorded event when there is anything to record; inside the caller's transaction. */
export function recordCondition(env: CoreEnv, session: Session, input: GradeInput): CustodyEvent | null {
  checkGrade(env, input);
  if (input.condition === null && input.damage.length === 0 && input.accessories.length === 0 && input.note === '') return null;
  const { site } = readSettings(env.db);
  const payload = {
    condition: input.condition,
    code: input.condition === null ? null : conditionCode(input.condition),
    damage: [...input.damage],
    accessories: [...input.accessories],
    note: input.note,
  };
  return appendEvent(env, { assetId: input.assetId, type: 'condition_recorded', payload, technicianId: session.technicianId, site }).event;
}
