import { createHash } from 'node:crypto';
import type { Db } from '../../../../db/connection';
import { DocksideError } from '../../../../shared/errors';
import { parseNwipeLog, type NwipeLog } from './parse-nwipe-log';

export interface NwipeFile {
  readonly sha256: string;
  readonly log: NwipeLog;
}

const PROBLEM_CODES = { 'not-nwipe': 'WIPE_LOG_NOT_NWIPE', truncated: 'WIPE_LOG_TRUNCATED', 'no-wipe': 'WIPE_LOG_EMPTY' } as const;

/** The log's bytes, fingerprinted (so the same log is never imported twice) and parsed, or a coded refusal in words. */
export function readNwipeFile(bytes: Buffer, fileName: string): NwipeFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseNwipeLog(bytes.toString('utf8'));
  if (!parsed.ok) throw new DocksideError(PROBLEM_CODES[parsed.problem], `${fileName}: ${parsed.reason}`, { reason: parsed.reason });
  return { sha256, log: parsed.log };
}

export function importedBefore(db: Db, sha256: string): { at: string; technicianId: string } | null {
  const row = db.prepare('SELECT imported_at, technician_id FROM wipe_imports WHERE log_sha256 = ?').get(sha256) as { imported_at: string; technician_id: string } | undefined;
  return row === undefined ? null : { at: row.imported_at, technicianId: row.technician_id };
}
