import { DocksideError } from '../../../shared/errors';
import { hashPin } from '../auth/pin';
import type { CoreEnv, HandlerMap } from '../handler-types';
import { insertTechnician, listTechnicians, setActive, setPinHash } from './user-store';

type UserHandlers = Pick<HandlerMap, 'users.list' | 'users.add' | 'users.resetPin' | 'users.setActive'>;

export function userHandlers({ db, clock }: CoreEnv) {
  return {
    'users.list': () => listTechnicians(db),
    'users.add': async (input) => {
      const pinHash = await hashPin(input.pin);
      return insertTechnician(db, { technicianId: input.technicianId, name: input.name, role: input.role, pinHash }, clock.now());
    },
    'users.resetPin': async (input) => {
      setPinHash(db, input.technicianId, await hashPin(input.pin));
      return null;
    },
    'users.setActive': (input, ctx) => {
      if (ctx.session?.technicianId === input.technicianId && !input.active) {
        throw new DocksideError('INVALID_INPUT', 'You cannot switch off your own account');
      }
      setActive(db, input.technicianId, input.active);
      return null;
    },
  } satisfies UserHandlers;
}
