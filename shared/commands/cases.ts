import type { AnyCommandSpec } from './spec';
import type { CasesCommandName } from './cases.names';

/** The cases commands: name -> who may call it, input schema, output type. */
export const casesCommands = {} as const satisfies Record<CasesCommandName, AnyCommandSpec>;
