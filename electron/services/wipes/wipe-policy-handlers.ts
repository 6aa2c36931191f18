import type { WipePoliciesView } from '../../../shared/domain/sanitization/wipe-views';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { readIssuer, readPolicies, saveIssuer, savePolicy } from './store/policy-store';

type PolicyHandlers = Pick<HandlerMap, 'wipes.policies' | 'wipes.savePolicy' | 'wipes.saveIssuer'>;

/** The recovery policy per asset class (supervisors change it) and who issues the certificates. */
export function wipePolicyHandlers(env: CoreEnv) {
  const { db, clock } = env;
  const current = (): WipePoliciesView => ({ policies: readPolicies(db), issuer: readIssuer(db) });
  return {
    'wipes.policies': () => current(),
    'wipes.savePolicy': (input, ctx) => {
      savePolicy(db, input, who(ctx).technicianId, clock.now());
      return current();
    },
    'wipes.saveIssuer': (input) => {
      saveIssuer(db, input);
      return current();
    },
  } satisfies PolicyHandlers;
}
