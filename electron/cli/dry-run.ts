import { resolve } from 'node:path';
import type { Db } from '../../db/connection';
import { EXIT, printJson, type CliIo, type ExitCode } from './cli-io';
import { openForReading } from './read-database';

/** What an import would do, read from the database without writing; `ok` false when the file itself is refused. */
export interface DryRunReading<P> {
  readonly preview: P;
  readonly ok?: boolean;
  /** More fields for --json beside the preview (e.g. the session the file was read for). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * `--dry-run` for every importer: opens the database read-only, shows the same preview the import would act on
 * (as JSON, or printed), says that nothing was recorded, and writes nothing.
 */
export function dryRun<P>(io: CliIo, dbFile: string, asJson: boolean, read: (db: Db) => DryRunReading<P>, print: (preview: P) => void): ExitCode {
  const db = openForReading(resolve(dbFile));
  try {
    const { preview, ok = true, extra = {} } = read(db);
    if (asJson) printJson(io, { ok, dryRun: true, ...extra, preview });
    else {
      print(preview);
      io.out('Dry run: nothing was recorded.');
    }
    return ok ? EXIT.ok : EXIT.usage;
  } finally {
    db.close();
  }
}
