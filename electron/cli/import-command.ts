import { UsageError } from './cli-errors';
import type { Command } from './cli-io';
import { importCasesCommand } from './import-cases-command';
import { importDispositionCommand } from './import-disposition-command';
import { importManifestCommand } from './import-manifest-command';
import { importNwipeCommand } from './import-nwipe-command';

/** `dockside import <kind> ...`: the importers (nwipe logs, vendor disposition reports, vendor pickup manifests, HRIS case files). */
export const importCommand: Command = (args, io) => {
  const [kind, ...rest] = args;
  if (kind === 'nwipe') return importNwipeCommand(rest, io);
  if (kind === 'manifest') return importManifestCommand(rest, io);
  if (kind === 'disposition') return importDispositionCommand(rest, io);
  if (kind === 'cases') return importCasesCommand(rest, io);
  throw new UsageError('What to import: dockside import nwipe FILE --db DB, dockside import disposition FILE --db DB --vendor NAME, dockside import manifest FILE --db DB --session ID, or dockside import cases FILE --db DB');
};
