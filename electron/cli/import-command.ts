import { UsageError } from './cli-errors';
import type { Command } from './cli-io';
import { importNwipeCommand } from './import-nwipe-command';

/** `dockside import <kind> ...`: the importers (nwipe logs so far). */
export const importCommand: Command = (args, io) => {
  const [kind, ...rest] = args;
  if (kind === 'nwipe') return importNwipeCommand(rest, io);
  throw new UsageError('What to import: dockside import nwipe FILE --db DB');
};
