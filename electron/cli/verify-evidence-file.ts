import { readFileSync } from 'node:fs';
import { verifyEvidence } from '../services/custody/evidence';
import { CASE_PACK_FORMAT } from '../services/cases/pack/pack-format';
import { verifyCasePackFile } from './verify-case-pack-file';
import type { VerifyReport } from './verify-report';

interface EvidenceOutline {
  readonly stations: readonly { readonly stationId: string }[];
  readonly events: readonly unknown[];
}

/** Verifies an exported evidence file on its own (no database), optionally against the pinned station key. */
export function verifyEvidenceFile(file: string, pinnedKey: string | null): VerifyReport {
  const text = readFileSync(file, 'utf8');
  if (text.includes(`"format": "${CASE_PACK_FORMAT}"`) || text.includes(`"format":"${CASE_PACK_FORMAT}"`)) return verifyCasePackFile(file, text, pinnedKey);
  const report = verifyEvidence(text, pinnedKey ?? undefined);
  const outline = JSON.parse(text) as EvidenceOutline;
  return {
    ok: report.ok,
    file,
    kind: 'evidence',
    scope: report.scope,
    stations: outline.stations.map((s) => s.stationId),
    pinnedKey: pinnedKey !== null,
    eventsTotal: outline.events.length,
    eventsChecked: report.checked,
    firstProblem: report.firstProblem,
    projections: null,
  };
}
