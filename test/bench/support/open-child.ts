/**
 * Runs in a fresh process (nothing warm in-process, the OS file cache warm): opens a database the way the
 * app does and answers its first query, then prints the phase timings as one JSON line.
 *   existing <db file> <station key file>: openDatabase (pragmas + migration check), core, setup.status
 *   empty <new db file>: openDatabase on a file that does not exist yet (applies every migration)
 */
import { openDatabase } from '../../../db/connection';
import { createCore } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';

export interface OpenTiming {
  readonly openMs: number;
  readonly coreMs: number;
  readonly firstQueryMs: number;
  readonly totalMs: number;
  readonly schemaVersion: number;
  readonly journalMode: string;
  readonly needsFirstSupervisor: boolean | null;
}

async function measure(mode: string, file: string, keyFile: string | undefined): Promise<OpenTiming> {
  const t0 = performance.now();
  const db = openDatabase(file);
  const t1 = performance.now();
  let t2 = t1;
  let t3 = t1;
  let needsFirstSupervisor: boolean | null = null;
  if (mode === 'existing') {
    if (keyFile === undefined) throw new Error('existing mode needs the station key file');
    const core = createCore({ db, clock: systemClock, ids: uuidIds, signer: loadOrCreateSigner(keyFile) });
    t2 = performance.now();
    const status = await core.invoke('setup.status', {});
    t3 = performance.now();
    if (!status.ok) throw new Error(`setup.status failed: ${status.error.code}`);
    needsFirstSupervisor = status.value.needsFirstSupervisor;
  }
  const schemaVersion = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v;
  const journalMode = String(db.pragma('journal_mode', { simple: true }));
  db.close();
  return { openMs: t1 - t0, coreMs: t2 - t1, firstQueryMs: t3 - t2, totalMs: t3 - t0, schemaVersion, journalMode, needsFirstSupervisor };
}

const [mode, file, keyFile] = process.argv.slice(2);
if ((mode !== 'existing' && mode !== 'empty') || file === undefined) {
  process.stderr.write('usage: open-child.ts existing|empty <db file> [station key file]\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await measure(mode, file, keyFile))}\n`);
