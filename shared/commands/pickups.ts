import type { AnyCommandSpec } from './spec';
import type { PickupsCommandName } from './pickups.names';

/** The pickups commands: name -> who may call it, input schema, output type. */
export const pickupsCommands = {} as const satisfies Record<PickupsCommandName, AnyCommandSpec>;
