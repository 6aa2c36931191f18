import type { CasesCommandName } from '../../../shared/commands/cases.names';
import type { CoreOptions } from '../core';
import type { CoreEnv, HandlerMap } from '../handler-types';

/** The cases commands. */
export function caseHandlers(env: CoreEnv, options: CoreOptions) {
  return {} satisfies Pick<HandlerMap, CasesCommandName>;
}
