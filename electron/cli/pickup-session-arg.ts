import type { Db } from '../../db/connection';
import { DocksideError } from '../../shared/errors';
import { UsageError } from './cli-errors';

/** The pickup session a command line names: by its id or its reference (PU-YYYYMMDD-XXXXXX). */
export function sessionIdOf(db: Db, named: string | undefined): string {
  if (named === undefined || named.trim() === '') throw new UsageError('Name the pickup session: its id or its reference (PU-...)');
  const row = db.prepare('SELECT session_id FROM pickup_sessions WHERE session_id = ? OR reference = ? COLLATE NOCASE').get(named, named) as
    | { session_id: string }
    | undefined;
  if (row === undefined) throw new DocksideError('PICKUP_NOT_FOUND', `No pickup session ${named}`);
  return row.session_id;
}
