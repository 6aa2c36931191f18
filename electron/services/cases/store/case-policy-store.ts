import type { Db } from '../../../../db/connection';
import { casePolicySchema, defaultCasePolicy, type CasePolicy } from '../../../../shared/domain/cases/case-policy';
import type { CasePolicyView } from '../../../../shared/domain/cases/case-views';

/** The supervisor's policy where one was saved (and still reads as valid), else the one that ships with the app. */
export function readCasePolicy(db: Db): CasePolicyView {
  const row = db.prepare('SELECT policy FROM case_policy WHERE id = 1').get() as { policy: string } | undefined;
  if (row === undefined) return { policy: defaultCasePolicy(), custom: false };
  const parsed = casePolicySchema.safeParse(JSON.parse(row.policy));
  return parsed.success ? { policy: parsed.data, custom: true } : { policy: defaultCasePolicy(), custom: false };
}

export function saveCasePolicy(db: Db, policy: CasePolicy, technicianId: string, now: Date): void {
  db.prepare(
    `INSERT INTO case_policy (id, policy, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET policy = excluded.policy, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(JSON.stringify(policy), now.toISOString(), technicianId);
}
