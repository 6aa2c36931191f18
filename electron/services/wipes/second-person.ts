import type { Db } from '../../../db/connection';
import type { ValidatorInput } from '../../../shared/domain/sanitization/wipe-inputs';
import { DocksideError } from '../../../shared/errors';
import { pinMatches } from '../auth/pin';
import { clearFailedSignIns, findTechnician, MAX_FAILED_ATTEMPTS, recordFailedSignIn } from '../users/user-store';

export interface Validator {
  readonly technicianId: string;
  readonly name: string;
}

/**
 * Checks a second person's ID and PIN the way sign-in does (wrong PINs count towards the lock), and
 * that they are not the technician who made the record. Runs before any write: PIN hashing is slow.
 */
export async function checkSecondPerson(db: Db, input: ValidatorInput, recordedBy: string): Promise<Validator> {
  if (input.technicianId === recordedBy) {
    throw new DocksideError('WIPE_VALIDATOR_SAME', `${input.technicianId} recorded the wipe and cannot validate it`);
  }
  const row = findTechnician(db, input.technicianId);
  if (row === undefined) throw new DocksideError('BAD_CREDENTIALS', 'Unknown validator or wrong PIN');
  if (row.active !== 1) throw new DocksideError('ACCOUNT_DISABLED', `${row.technician_id} is disabled`);
  if (row.failed_attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is locked`);
  if (!(await pinMatches(input.pin, row.pin_hash))) {
    const attempts = recordFailedSignIn(db, row.technician_id);
    if (attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is now locked`);
    throw new DocksideError('BAD_CREDENTIALS', 'Unknown validator or wrong PIN', { attemptsLeft: MAX_FAILED_ATTEMPTS - attempts });
  }
  clearFailedSignIns(db, row.technician_id);
  return { technicianId: row.technician_id, name: row.name };
}
