import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { createCore, type Core, type CoreOptions } from '../../electron/services/core';
import { loadOrCreateSigner, type StationSigner } from '../../electron/services/station/signer';
import { uuidIds } from '../../electron/services/system';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { fakeClock, type FakeClock } from './fake-clock';

export interface CoreFixture {
  readonly dir: string;
  readonly dbFile: string;
  readonly db: Db;
  readonly core: Core;
  readonly clock: FakeClock;
  readonly signer: StationSigner;
  /** Invokes a command and returns its value, failing the test with the error code if it failed. */
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  /** Reopens the same files as after a restart: new connection, new core, same station key. */
  restart(): CoreFixture;
  close(): void;
}

function build(dir: string, clock: FakeClock, options: CoreOptions): CoreFixture {
  const dbFile = join(dir, 'dockside.sqlite');
  const db = openDatabase(dbFile);
  const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
  const core = createCore({ db, clock, ids: uuidIds, signer }, options);
  const fixture: CoreFixture = {
    dir,
    dbFile,
    db,
    core,
    clock,
    signer,
    async call(name, input) {
      const result = await core.invoke(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    restart() {
      db.close();
      return build(dir, clock, options);
    },
    close() {
      if (db.open) db.close();
    },
  };
  return fixture;
}

/** A core on a fresh temp database; options add services such as a PDF printer. */
export function createCoreFixture(options: CoreOptions = {}): CoreFixture {
  return build(mkdtempSync(join(tmpdir(), 'dockside-test-')), fakeClock(), options);
}

export function removeFixture(fixture: CoreFixture): void {
  fixture.close();
  rmSync(fixture.dir, { recursive: true, force: true });
}

export function expectFailure<T>(result: Result<T>): string {
  if (result.ok) throw new Error('expected the command to fail, it succeeded');
  return result.error.code;
}

/** A fixture with a supervisor signed in. */
export async function signedInFixture(options: CoreOptions = {}): Promise<CoreFixture> {
  const fixture = createCoreFixture(options);
  await fixture.call('setup.createFirstSupervisor', { technicianId: 'SUP-1', name: 'Sam Supervisor', pin: '4321', loadDemoData: false });
  return fixture;
}
