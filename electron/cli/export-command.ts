import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../db/connection';
import { normaliseIdentifier } from '../../shared/domain/scan';
import { DocksideError } from '../../shared/errors';
import { findByIdentifier, getAsset } from '../services/assets/asset-store';
import { buildEvidence } from '../services/custody/evidence';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { openForReading } from './read-database';

/** The asset an auditor named by its id, asset tag or serial. */
function resolveAsset(db: Db, named: string): { id: string; label: string } {
  const byId = db.prepare('SELECT id FROM assets WHERE id = ?').get(named) as { id: string } | undefined;
  const asset = byId === undefined ? findByIdentifier(db, normaliseIdentifier(named)) : getAsset(db, byId.id);
  if (asset === null) throw new DocksideError('ASSET_NOT_FOUND', `No asset with id, tag or serial ${named}`);
  return { id: asset.id, label: asset.assetTag ?? asset.serial ?? asset.id };
}

function countEvents(db: Db, assetId: string | null): number {
  const row = (
    assetId === null
      ? db.prepare('SELECT count(*) AS n FROM custody_events').get()
      : db.prepare('SELECT count(*) AS n FROM custody_events WHERE asset_id = ?').get(assetId)
  ) as { n: number };
  return row.n;
}

/** `dockside export evidence --db FILE [--asset TAG|SERIAL|ID] [--out FILE] [--json]`. */
export const exportCommand: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, asset: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1 || positionals[0] !== 'evidence') throw new UsageError('What to export: dockside export evidence --db FILE');
  if (values.db === undefined) throw new UsageError('Name the database to export from: --db FILE');
  const db = openForReading(resolve(values.db));
  try {
    const asset = values.asset === undefined ? null : resolveAsset(db, values.asset);
    const evidence = buildEvidence(db, asset?.id ?? null, new Date());
    const out = resolve(values.out ?? evidence.fileName);
    writeFileSync(out, evidence.content);
    const events = countEvents(db, asset?.id ?? null);
    const summary = { ok: true, file: out, scope: asset === null ? { kind: 'log' } : { kind: 'asset', assetId: asset.id, label: asset.label }, events };
    if (values.json) printJson(io, summary);
    else io.out(`Wrote ${events} signed events (${asset === null ? 'the whole custody log' : `asset ${asset.label}`}) to ${out}`);
    return EXIT.ok;
  } finally {
    db.close();
  }
};
