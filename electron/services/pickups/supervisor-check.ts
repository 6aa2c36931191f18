import type { Db } from '../../../db/connection';
import type { SupervisorCheck } from '../../../shared/domain/pickups/pickup-inputs';
import { DocksideError } from '../../../shared/errors';
import { pinMatches } from '../auth/pin';
import { clearFailedSignIns, findTechnician, MAX_FAILED_ATTEMPTS, recordFailedSignIn } from '../users/user-store';

export interface Supervisor {
  readonly technicianId: string;
  readonly name: string;
}

/** Checks a supervisor's ID and PIN the way sign-in does (wrong PINs count towards the lock). Run it before any write: hashing is slow. */
export async function checkSupervisor(db: Db, input: SupervisorCheck): Promise<Supervisor> {
  const row = findTechnician(db, input.technicianId);
  if (row === undefined) throw new DocksideError('BAD_CREDENTIALS', 'Unknown supervisor or wrong PIN');
  if (row.active !== 1) throw new DocksideError('ACCOUNT_DISABLED', `${row.technician_id} is disabled`);
  if (row.failed_attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is locked`);
  if (!(await pinMatches(input.pin, row.pin_hash))) {
    const attempts = recordFailedSignIn(db, row.technician_id);
    if (attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is now locked`);
    throw new DocksideError('BAD_CREDENTIALS', 'Unknown supervisor or wrong PIN', { attemptsLeft: MAX_FAILED_ATTEMPTS - attempts });
  }
  clearFailedSignIns(db, row.technician_id);
  if (row.role !== 'supervisor') throw new DocksideError('PICKUP_NOT_SUPERVISOR', `${row.technician_id} is not a supervisor`);
  return { technicianId: row.technician_id, name: row.name };
}
