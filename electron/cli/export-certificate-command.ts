import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../db/connection';
import { normaliseIdentifier } from '../../shared/domain/scan';
import { DocksideError } from '../../shared/errors';
import { findByIdentifier } from '../services/assets/asset-store';
import { batchCertificate, deviceCertificate } from '../services/wipes/certificates/certificate-data';
import { certificatePdf } from '../services/wipes/certificates/certificate-file';
import { chromiumPdfPrinter } from './chromium-pdf-printer';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { parsePeriod } from './period-flag';
import { openForReading } from './read-database';

function assetIdOf(db: Db, named: string): string {
  const byId = db.prepare('SELECT id FROM assets WHERE id = ?').get(named) as { id: string } | undefined;
  const asset = byId ?? findByIdentifier(db, normaliseIdentifier(named));
  if (asset === null) throw new DocksideError('ASSET_NOT_FOUND', `No asset with id, tag or serial ${named}`);
  return asset.id;
}

/**
 * `dockside export certificate --db DB (--asset TAG|SERIAL|ID | --batch FROM..TO) --out FILE.pdf [--json]`:
 * a certificate of sanitization printed by headless Chromium (DOCKSIDE_CHROMIUM, default /usr/bin/chromium).
 */
export const exportCertificateCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, asset: { type: 'string' }, batch: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`export certificate takes no other names; unexpected: ${positionals.join(' ')}`);
  if (values.db === undefined) throw new UsageError('Name the database: --db FILE');
  if ((values.asset === undefined) === (values.batch === undefined)) throw new UsageError('Name one device (--asset TAG) or one period (--batch FROM..TO)');
  const db = openForReading(resolve(values.db));
  const printer = chromiumPdfPrinter();
  try {
    const now = new Date();
    const data = values.asset !== undefined ? deviceCertificate(db, assetIdOf(db, values.asset), now) : batchCertificate(db, parsePeriod(values.batch ?? '', '--batch'), now);
    const pdf = await certificatePdf(data, printer);
    const out = resolve(values.out ?? pdf.fileName);
    writeFileSync(out, pdf.bytes);
    const media = data.devices.reduce((n, d) => n + d.records.length, 0);
    if (values.json) printJson(io, { ok: true, file: out, number: data.number, devices: data.devices.length, media });
    else io.out(`Wrote certificate ${data.number} (${data.devices.length} device(s), ${media} medium/media) to ${out}`);
    return EXIT.ok;
  } finally {
    await printer.close();
    db.close();
  }
};
