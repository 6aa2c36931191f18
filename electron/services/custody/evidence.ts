import { z } from 'zod';
import type { Db } from '../../../db/connection';
import { custodyEventSchema } from '../../../shared/domain/events';
import { DocksideError } from '../../../shared/errors';
import type { ChainReport, EvidenceFile } from '../../../shared/views';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from './event-rows';
import { verifyChain, type ChainScope } from './verify-chain';

export const EVIDENCE_FORMAT = 'dockside-custody-evidence';

const evidenceSchema = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('log') }), z.object({ kind: z.literal('asset'), assetId: z.string() })]),
  stations: z.array(z.object({ stationId: z.string(), publicKey: z.string() })),
  events: z.array(custodyEventSchema),
});

/** Exports a self-contained, offline-verifiable file: the station keys and the signed events in scope. */
export function buildEvidence(db: Db, assetId: string | null, now: Date): EvidenceFile {
  const scope: ChainScope = assetId === null ? { kind: 'log' } : { kind: 'asset', assetId };
  const rows = (
    assetId === null
      ? db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events ORDER BY seq`).all()
      : db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE asset_id = ? ORDER BY seq`).all(assetId)
  ) as EventRow[];
  const stations = db.prepare('SELECT station_id AS stationId, public_key AS publicKey FROM stations').all();
  const content = JSON.stringify(
    { format: EVIDENCE_FORMAT, version: 1, exportedAt: now.toISOString(), scope, stations, events: rows.map(rowToEvent) },
    null,
    2,
  );
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '');
  return { fileName: `dockside-evidence-${assetId ?? 'full-log'}-${stamp}.json`, content };
}

/** Verifies an exported evidence file on its own, with no database. Optionally pins the expected station key. */
export function verifyEvidence(text: string, pinnedPublicKey?: string): ChainReport & { readonly scope: ChainScope } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DocksideError('EVIDENCE_INVALID', 'Evidence file is not JSON');
  }
  const result = evidenceSchema.safeParse(parsed);
  if (!result.success) throw new DocksideError('EVIDENCE_INVALID', `Evidence file is malformed: ${result.error.issues[0]?.message ?? 'unknown'}`);
  const evidence = result.data;
  const keys = new Map(evidence.stations.map((s) => [s.stationId, s.publicKey]));
  // With a pinned key, only that key is trusted: a file that also lists another station cannot slip in events signed by it.
  const trusted = pinnedPublicKey === undefined ? keys : new Map([...keys].filter(([, key]) => key.trim() === pinnedPublicKey.trim()));
  if (pinnedPublicKey !== undefined && trusted.size === 0) {
    throw new DocksideError('EVIDENCE_INVALID', 'Evidence file was not signed by the expected station key');
  }
  const report = verifyChain(
    evidence.events.map((event) => ({ ok: true as const, event })),
    trusted,
    evidence.scope,
  );
  return { ...report, scope: evidence.scope };
}
