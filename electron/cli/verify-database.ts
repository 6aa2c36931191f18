import { stationKeys, verifyDatabase } from '../services/custody/verify-db';
import { checkProjections } from './check-projections';
import { firstEventNotByPinnedKey } from './pinned-key';
import { openForReading } from './read-database';
import type { VerifyReport } from './verify-report';

/** Verifies a Dockside database file: the whole chain, the station key if pinned, and every asset's stored state. */
export function verifyDatabaseFile(file: string, pinnedKey: string | null): VerifyReport {
  const db = openForReading(file);
  try {
    const stations = [...stationKeys(db).keys()];
    const eventsTotal = (db.prepare('SELECT count(*) AS n FROM custody_events').get() as { n: number }).n;
    const chain = verifyDatabase(db, { kind: 'log' });
    const notPinned = pinnedKey === null ? null : firstEventNotByPinnedKey(db, pinnedKey);
    const firstProblem = [chain.firstProblem, notPinned].filter((p) => p !== null).sort((a, b) => a.seq - b.seq)[0] ?? null;
    const eventsChecked = firstProblem === null ? chain.checked : Math.min(chain.checked, firstProblem.seq - 1);
    const projections = checkProjections(db);
    return {
      ok: firstProblem === null && projections.mismatchedAssets === 0,
      file,
      kind: 'database',
      scope: { kind: 'log' },
      stations,
      pinnedKey: pinnedKey !== null,
      eventsTotal,
      eventsChecked,
      firstProblem,
      projections,
    };
  } finally {
    db.close();
  }
}
