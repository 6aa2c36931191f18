import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { seedDemoData } from '../demo/seed-demo';
import type { CoreEnv, HandlerMap } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { clearFailedSignIns, countSupervisors, findTechnician, insertTechnician, MAX_FAILED_ATTEMPTS, recordFailedSignIn } from '../users/user-store';
import { hashPin, pinMatches } from './pin';

type AuthHandlers = Pick<HandlerMap, 'setup.status' | 'setup.createFirstSupervisor' | 'auth.signIn' | 'auth.signOut' | 'auth.touch'>;

export function authHandlers(env: CoreEnv) {
  const { db, clock, signer, sessions } = env;
  return {
    'setup.status': () => ({
      needsFirstSupervisor: countSupervisors(db) === 0,
      station: { stationId: signer.stationId, publicKey: signer.publicKey },
      settings: readSettings(db),
      session: sessions.current(),
    }),

    'setup.createFirstSupervisor': async (input) => {
      const pinHash = await hashPin(input.pin);
      const technician = db.transaction(() => {
        if (countSupervisors(db) > 0) throw new DocksideError('ALREADY_SET_UP', 'A supervisor already exists');
        return insertTechnician(db, { technicianId: input.technicianId, name: input.name, role: 'supervisor', pinHash }, clock.now());
      })();
      const session: Session = { technicianId: technician.technicianId, name: technician.name, role: technician.role };
      if (input.loadDemoData) seedDemoData(env, session);
      sessions.start(session);
      return session;
    },

    'auth.signIn': async (input) => {
      const row = findTechnician(db, input.technicianId);
      if (row === undefined) {
        await hashPin(input.pin);
        throw new DocksideError('BAD_CREDENTIALS', 'Unknown technician or wrong PIN');
      }
      if (row.active !== 1) throw new DocksideError('ACCOUNT_DISABLED', `${row.technician_id} is disabled`);
      if (row.failed_attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is locked`);
      if (!(await pinMatches(input.pin, row.pin_hash))) {
        const attempts = recordFailedSignIn(db, row.technician_id);
        if (attempts >= MAX_FAILED_ATTEMPTS) throw new DocksideError('ACCOUNT_LOCKED', `${row.technician_id} is now locked`);
        throw new DocksideError('BAD_CREDENTIALS', 'Unknown technician or wrong PIN', { attemptsLeft: MAX_FAILED_ATTEMPTS - attempts });
      }
      clearFailedSignIns(db, row.technician_id);
      const session: Session = { technicianId: row.technician_id, name: row.name, role: row.role };
      sessions.start(session);
      return session;
    },

    'auth.signOut': () => {
      sessions.end();
      return null;
    },

    'auth.touch': (_input, ctx) => {
      if (ctx.session === null) throw new DocksideError('NOT_SIGNED_IN', 'Not signed in');
      return ctx.session;
    },
  } satisfies AuthHandlers;
}
