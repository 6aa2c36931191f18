import { UsageError } from './cli-errors';
import type { Command } from './cli-io';
import { importCasesCommand } from './import-cases-command';
import { importNwipeCommand } from './import-nwipe-command';

/** `dockside import <kind> ...`: the importers (nwipe logs, HRIS case files). */
export const importCommand: Command = (args, io) => {
  const [kind, ...rest] = args;
  if (kind === 'nwipe') return importNwipeCommand(rest, io);
  if (kind === 'cases') return importCasesCommand(rest, io);
  throw new UsageError('What to import: dockside import nwipe FILE --db DB, or dockside import cases FILE --db DB');
};
