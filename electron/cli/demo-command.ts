import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection';
import { commands } from '../../shared/contract';
import { DocksideError, type Result } from '../../shared/errors';
import { createCore } from '../services/core';
import { loadOrCreateSigner } from '../services/station/signer';
import { systemClock, uuidIds } from '../services/system';
import { appPaths } from '../shell/app-paths';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DocksideError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`demo needs ${flag}: dockside demo --data-dir DIR --technician ID --name NAME --pin PIN`);
  return value;
}

/** `dockside demo --data-dir DIR --technician ID --name NAME --pin PIN [--json]`: a station set up as the app would, with demo data. */
export const demoCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      'data-dir': { type: 'string' },
      technician: { type: 'string' },
      name: { type: 'string' },
      pin: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`demo takes no file names; unexpected: ${positionals.join(' ')}`);
  const dir = resolve(required(values['data-dir'], '--data-dir DIR'));
  const supervisor = { technicianId: required(values.technician, '--technician ID'), name: required(values.name, '--name NAME'), pin: required(values.pin, '--pin PIN') };
  const checked = commands['setup.createFirstSupervisor'].input.safeParse({ ...supervisor, loadDemoData: true });
  if (!checked.success) throw new DocksideError('INVALID_INPUT', checked.error.issues.map((issue) => issue.message).join('; '));
  mkdirSync(dir, { recursive: true });
  const paths = appPaths(dir);
  const db = openDatabase(paths.dbFile);
  try {
    const signer = loadOrCreateSigner(paths.keyFile);
    const core = createCore({ db, clock: systemClock, ids: uuidIds, signer });
    const session = unwrap(await core.invoke('setup.createFirstSupervisor', { ...supervisor, loadDemoData: true }));
    const assets = unwrap(await core.invoke('assets.search', { query: '', limit: 200 }));
    const chain = unwrap(await core.invoke('custody.verify', {}));
    unwrap(await core.invoke('auth.signOut', {}));
    const received = assets.filter((a) => a.state.status === 'received').length;
    const summary = { ok: chain.ok, stationId: signer.stationId, database: paths.dbFile, stationKey: paths.keyFile, supervisor: session, assets: assets.length, received, events: chain.checked };
    if (values.json) {
      printJson(io, summary);
    } else {
      io.out(`Station ${signer.stationId} is set up in ${dir}`);
      io.out(`  Database     ${paths.dbFile}`);
      io.out(`  Station key  ${paths.keyFile} (keep it private: it signs every custody event)`);
      io.out(`  Supervisor   ${session.technicianId} (${session.name}): sign in with this ID and the PIN given`);
      io.out(`  Demo data    ${assets.length} devices on record, ${received} received and graded; ${chain.checked} signed custody events, chain ${chain.ok ? 'verified' : 'BROKEN'}`);
    }
    return chain.ok ? EXIT.ok : EXIT.failed;
  } finally {
    db.close();
  }
};
