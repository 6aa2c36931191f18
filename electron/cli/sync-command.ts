import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../../db/connection';
import { DEFAULT_BUILDERS } from '../sync/connectors/builders';
import { envSecretStore } from '../sync/secrets/env-secret-store';
import type { SecretStore } from '../sync/secrets/secret-store';
import { listProblems } from '../sync/store/problems-store';
import { readSyncStatus } from '../sync/store/sync-status';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command, type ExitCode } from './cli-io';
import { isSqliteFile, openForReading } from './read-database';
import { drainOnce, type DrainOutcome } from './sync-drain';
import { nothingFailing, syncLines, type SyncReport } from './sync-report';

const USAGE = 'dockside sync status --db FILE [--json], or dockside sync run --db FILE [--json] [--timeout SECONDS]';
const DEFAULT_TIMEOUT_SECONDS = 120;

/** Whether a connector has a token: given to this shell, or kept (sealed) by the app in the database. */
function tokenPresence(db: Db, secrets: SecretStore): Pick<SecretStore, 'get'> {
  const sealed = db.prepare('SELECT 1 FROM sync_secrets WHERE connector_id = ?');
  return { get: (connectorId) => secrets.get(connectorId) ?? (sealed.get(connectorId) === undefined ? null : 'sealed by the app') };
}

/** After a run only the tokens this shell gave count: the app's sealed ones cannot be opened here. */
function report(db: Db, secrets: Pick<SecretStore, 'get'>, file: string, run: DrainOutcome | null): SyncReport {
  const status = readSyncStatus(db, secrets, DEFAULT_BUILDERS, new Date());
  return { ok: nothingFailing(status, run !== null), file, run, status, problems: listProblems(db, null) };
}

function print(io: CliIo, json: boolean, result: SyncReport): ExitCode {
  if (json) printJson(io, result);
  else syncLines(result).forEach((line) => io.out(line));
  return result.ok ? EXIT.ok : EXIT.failed;
}

function timeoutMs(given: string | undefined): number {
  if (given === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(given);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) throw new UsageError(`--timeout takes a number of seconds between 1 and 86400, not "${given}"`);
  return Math.round(seconds * 1000);
}

/**
 * `dockside sync status --db FILE [--json]`: the sync state the worker last recorded (read-only).
 * `dockside sync run --db FILE [--json] [--timeout SECONDS]`: drains once, headless, with tokens from
 * DOCKSIDE_TOKEN_<ID>. Exit 0 when nothing is left failing, 1 when something is, 2 on wrong usage or a bad file.
 */
export const syncCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, timeout: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [action, ...extra] = positionals;
  if (action !== 'status' && action !== 'run') throw new UsageError(`What to do: ${USAGE}`);
  if (extra.length > 0) throw new UsageError(`sync ${action} takes no other words; unexpected: ${extra.join(' ')}`);
  if (values.db === undefined) throw new UsageError(`Name the station database: dockside sync ${action} --db FILE`);
  if (action === 'status' && values.timeout !== undefined) throw new UsageError('--timeout is for dockside sync run');
  const file = resolve(values.db);
  if (!isSqliteFile(file)) throw new UsageError(`${file} is not a Dockside database (not an SQLite file).`);
  const secrets = envSecretStore(process.env);
  if (action === 'status') {
    const db = openForReading(file);
    try {
      return print(io, values.json, report(db, tokenPresence(db, secrets), file, null));
    } finally {
      db.close();
    }
  }
  const limit = timeoutMs(values.timeout);
  openForReading(file).close();
  const db = openDatabase(file);
  try {
    const run = await drainOnce(db, secrets, limit);
    return print(io, values.json, report(db, secrets, file, run));
  } finally {
    db.close();
  }
};
