import type { AnyCommandSpec } from './spec';
import type { VendorsCommandName } from './vendors.names';

/** The vendors commands: name -> who may call it, input schema, output type. */
export const vendorsCommands = {} as const satisfies Record<VendorsCommandName, AnyCommandSpec>;
