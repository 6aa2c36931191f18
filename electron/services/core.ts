import { commands, isCommandName, type CommandInput, type CommandName, type CommandOutput } from '../../shared/contract';
import { DocksideError, fail, ok, type AppError, type Result } from '../../shared/errors';
import { translateSqliteError, withSqliteErrors } from '../../db/errors';
import { assetHandlers } from './assets/asset-handlers';
import { caseHandlers } from './cases/case-handlers';
import { pickupHandlers } from './pickups/pickup-handlers';
import { vendorHandlers } from './vendors/vendor-handlers';
import { authHandlers } from './auth/auth-handlers';
import type { CoreDeps } from './deps';
import type { CallContext, CoreEnv, HandlerMap } from './handler-types';
import { receivingHandlers } from './receiving/receiving-handlers';
import { createSessionKeeper } from './session';
import { readSettings } from './settings/settings-store';
import { settingsHandlers } from './settings/settings-handlers';
import { userHandlers } from './users/user-handlers';
import { plainSyncServices } from '../sync/default-sync-services';
import { syncHandlers } from '../sync/handlers/sync-handlers';
import type { SyncServices } from '../sync/sync-services';
import type { PdfPrinter } from './wipes/certificates/pdf-printer';
import { wipeFileHandlers } from './wipes/wipe-file-handlers';
import { wipeHandlers } from './wipes/wipe-handlers';
import { wipePolicyHandlers } from './wipes/wipe-policy-handlers';

export interface Core {
  /** Runs one command from an untrusted caller: checks the name, access and input, and always answers with a Result. */
  dispatch(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** The same, typed, for trusted callers (tests, CLI). */
  invoke<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>>;
}

/** Records this station's public key; a database that cannot be written fails here with a coded error (e.g. DB_READONLY). */
function registerStation({ db, signer, clock }: CoreDeps): void {
  withSqliteErrors(() =>
    db.prepare('INSERT OR IGNORE INTO stations (station_id, public_key, created_at) VALUES (?, ?, ?)').run(
      signer.stationId,
      signer.publicKey,
      clock.now().toISOString(),
    ),
  );
}

function toAppError(error: unknown): AppError {
  const translated = translateSqliteError(error);
  if (translated instanceof DocksideError) return translated.error;
  return { code: 'INTERNAL', message: translated instanceof Error ? translated.message : String(translated) };
}

function invalidInput(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const details: Record<string, string> = {};
  for (const issue of issues.slice(0, 10)) details[issue.path.map(String).join('.') || '(input)'] = issue.message;
  return { code: 'INVALID_INPUT', message: issues.map((i) => i.message).join('; '), details };
}

export interface CoreOptions {
  /** Token store, drivers and worker wake-up for the sync commands; by default tokens come from the environment. */
  readonly sync?: SyncServices;
  /** Prints certificates of sanitization to PDF; without one, certificate commands answer PDF_UNAVAILABLE. */
  readonly pdf?: PdfPrinter;
}

/** Builds the core from its dependencies. Knows nothing of Electron. */
export function createCore(deps: CoreDeps, options: CoreOptions = {}): Core {
  registerStation(deps);
  const sessions = createSessionKeeper(deps.clock, () => readSettings(deps.db).idleLockMinutes);
  const env: CoreEnv = { ...deps, sessions };
  const handlers: HandlerMap = {
    ...authHandlers(env),
    ...userHandlers(env),
    ...settingsHandlers(env),
    ...receivingHandlers(env),
    ...assetHandlers(env),
    ...syncHandlers(env, options.sync ?? plainSyncServices()),
    ...wipeHandlers(env),
    ...wipePolicyHandlers(env),
    ...wipeFileHandlers(env, options.pdf ?? null),
    ...pickupHandlers(env, options),
    ...vendorHandlers(env, options),
    ...caseHandlers(env, options),
  };

  async function dispatch(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isCommandName(name)) return fail({ code: 'UNKNOWN_COMMAND', message: `Unknown command ${String(name).slice(0, 60)}` });
    const spec = commands[name];
    try {
      const session = sessions.authorise(spec.access, { activity: !('background' in spec && spec.background === true) });
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return fail(invalidInput(parsed.error.issues));
      const ctx: CallContext = { session };
      const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      return fail(toAppError(error));
    }
  }

  return {
    dispatch,
    invoke: <K extends CommandName>(name: K, input: CommandInput<K>) => dispatch(name, input) as Promise<Result<CommandOutput<K>>>,
  };
}
