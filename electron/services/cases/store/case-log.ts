import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db } from '../../../../db/connection';
import { GENESIS_HASH } from '../../../../shared/domain/events';
import type { CoreDeps } from '../../deps';

export const CASE_LOG_KINDS = ['opened', 'task_completed', 'licence_reclaimed', 'kit_shipped', 'closed'] as const;
export type CaseLogKind = (typeof CASE_LOG_KINDS)[number];

/** One signed fact about a case itself, linked to the case's previous fact by its hash. */
export interface CaseLogEntry {
  readonly id: string;
  readonly seq: number;
  readonly caseId: string;
  readonly kind: CaseLogKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly technicianId: string;
  readonly at: string;
  readonly stationId: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly signature: string;
}

export type CaseLogBody = Omit<CaseLogEntry, 'hash' | 'signature'>;

/** hash = SHA-256(previous hash of the case + RFC 8785 canonical JSON of the entry body), hex. */
export function hashCaseEntry(body: CaseLogBody): string {
  const canonical = canonicalize(body);
  if (canonical === undefined) throw new Error('case log entry cannot be canonicalised');
  return createHash('sha256').update(body.prevHash).update(canonical).digest('hex');
}

interface LogRow {
  id: string;
  seq: number;
  case_id: string;
  kind: CaseLogKind;
  payload: string;
  technician_id: string;
  at: string;
  station_id: string;
  prev_hash: string;
  hash: string;
  signature: string;
}

const toEntry = (r: LogRow): CaseLogEntry => ({
  id: r.id,
  seq: r.seq,
  caseId: r.case_id,
  kind: r.kind,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  technicianId: r.technician_id,
  at: r.at,
  stationId: r.station_id,
  prevHash: r.prev_hash,
  hash: r.hash,
  signature: r.signature,
});

/** Appends one signed entry. Must run inside the caller's transaction. */
export function appendCaseLog(deps: CoreDeps, caseId: string, kind: CaseLogKind, payload: Readonly<Record<string, unknown>>, technicianId: string): CaseLogEntry {
  const { db, clock, ids, signer } = deps;
  if (!db.inTransaction) throw new Error('appendCaseLog must run inside a transaction');
  const last = db.prepare('SELECT seq FROM case_log ORDER BY seq DESC LIMIT 1').get() as { seq: number } | undefined;
  const previous = db.prepare('SELECT hash FROM case_log WHERE case_id = ? ORDER BY seq DESC LIMIT 1').get(caseId) as { hash: string } | undefined;
  const body: CaseLogBody = {
    id: ids.next(),
    seq: (last?.seq ?? 0) + 1,
    caseId,
    kind,
    payload,
    technicianId,
    at: clock.now().toISOString(),
    stationId: signer.stationId,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  const hash = hashCaseEntry(body);
  const entry: CaseLogEntry = { ...body, hash, signature: signer.sign(hash) };
  db.prepare(
    `INSERT INTO case_log (seq, id, case_id, kind, payload, technician_id, at, station_id, prev_hash, hash, signature)
     VALUES (@seq, @id, @caseId, @kind, @payload, @technicianId, @at, @stationId, @prevHash, @hash, @signature)`,
  ).run({ ...entry, payload: JSON.stringify(entry.payload) });
  return entry;
}

export function readCaseLog(db: Db, caseId: string): CaseLogEntry[] {
  return (db.prepare('SELECT * FROM case_log WHERE case_id = ? ORDER BY seq').all(caseId) as LogRow[]).map(toEntry);
}
