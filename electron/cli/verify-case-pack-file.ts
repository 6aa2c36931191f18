import { verifyCasePack } from '../services/cases/pack/verify-case-pack';
import type { VerifyReport } from './verify-report';

/** Verifies a case evidence pack on its own: each asset's chain, the signed case log, and the account derived from them. */
export function verifyCasePackFile(file: string, text: string, pinnedKey: string | null): VerifyReport {
  const report = verifyCasePack(text, pinnedKey ?? undefined);
  const { pack } = report;
  return {
    ok: report.ok,
    file,
    kind: 'evidence',
    scope: { kind: 'case', caseNumber: pack.case.caseNumber },
    stations: pack.stations.map((s) => s.stationId),
    pinnedKey: pinnedKey !== null,
    eventsTotal: pack.assets.reduce((n, a) => n + a.events.length, 0) + pack.caseLog.length,
    eventsChecked: report.checked,
    firstProblem: report.firstProblem,
    projections: null,
  };
}
