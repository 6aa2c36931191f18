import type { PickupsCommandName } from '../../../shared/commands/pickups.names';
import type { CoreOptions } from '../core';
import type { CoreEnv, HandlerMap } from '../handler-types';

/** The pickups commands. */
export function pickupHandlers(env: CoreEnv, options: CoreOptions) {
  return {} satisfies Pick<HandlerMap, PickupsCommandName>;
}
