import type { Db } from '../../../db/connection';
import { compileTagPattern, readScan } from '../../../shared/domain/scan';
import { DocksideError } from '../../../shared/errors';
import { readSettings } from '../settings/settings-store';

/** The serial or asset tag a raw scan carries, or a coded refusal of a garbled one. */
export function readIdentifier(db: Db, raw: string): string {
  const pattern = compileTagPattern(readSettings(db).assetTagPattern);
  if (typeof pattern === 'string') throw new DocksideError('INTERNAL', `Asset-tag pattern is broken: ${pattern}`);
  const outcome = readScan(raw, pattern);
  if (!outcome.ok) throw new DocksideError(outcome.problem, `Scan refused: ${outcome.problem}`, { cleaned: outcome.cleaned });
  const reading = outcome.reading;
  if (reading.kind !== 'gs1') return reading.value;
  if (reading.serial === null) throw new DocksideError('SCAN_PRODUCT_CODE', `GS1 code carries GTIN ${reading.gtin ?? '?'} but no serial`);
  return reading.serial;
}
