import type { ManifestImportResult } from '../../../../shared/domain/pickups/pickup-views';
import type { Session } from '../../../../shared/domain/users';
import type { CoreDeps } from '../../deps';
import { addLines } from '../create-session';
import { countersOf, openSession, voidSignatures } from '../session-store';
import { planManifest } from './manifest-plan';

/**
 * Imports a vendor's manifest into an open session: the plan the preview showed, made again inside one transaction,
 * and every new line added at once as one signed fact. Lines with problems are not imported and are reported back,
 * line by line: nothing is half-applied without the technician seeing it.
 */
export function importManifest(deps: CoreDeps, session: Session, input: { sessionId: string; fileName: string; text: string }): ManifestImportResult {
  const { db } = deps;
  return db.transaction((): ManifestImportResult => {
    openSession(db, input.sessionId);
    const { preview, adds } = planManifest(db, input.sessionId, input.fileName, input.text);
    const added = addLines(deps, session, input.sessionId, adds, `the manifest file ${input.fileName}`);
    if (added > 0) voidSignatures(db, input.sessionId);
    return { added, alreadyExpected: preview.alreadyExpected, problems: preview.problems, problemCount: preview.problemCount, counters: countersOf(db, input.sessionId) };
  })();
}
