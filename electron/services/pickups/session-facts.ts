import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db } from '../../../db/connection';
import { GENESIS_HASH } from '../../../shared/domain/events';
import type { CoreDeps } from '../deps';
import { signatureValid } from '../station/signer';

/** What can be said about a session (not about one device): each is a signed fact in pickup_facts. */
export type FactKind =
  | 'session_opened'
  | 'manifest_lines'
  | 'container_opened'
  | 'container_sealed'
  | 'scan'
  | 'scan_refused'
  | 'resolution'
  | 'signature'
  | 'signed_off'
  | 'correction';

export interface SessionFact {
  readonly factId: string;
  readonly sessionId: string;
  readonly seq: number;
  readonly kind: FactKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly technicianId: string;
  readonly stationId: string;
  readonly at: string;
  readonly prevHash: string;
}

interface FactRow {
  fact_id: string;
  session_id: string;
  seq: number;
  kind: FactKind;
  payload: string;
  technician_id: string;
  station_id: string;
  at: string;
  prev_hash: string;
  hash: string;
  signature: string;
}

/** hash = SHA-256(previous hash of the session + RFC 8785 canonical JSON of the fact), hex. */
function hashFact(fact: SessionFact): string {
  const canonical = canonicalize(fact);
  if (canonical === undefined) throw new Error('fact cannot be canonicalised');
  return createHash('sha256').update(fact.prevHash).update(canonical).digest('hex');
}

/** Appends one signed fact to a session's chain. Must run inside the caller's transaction. */
export function appendFact(
  deps: CoreDeps,
  input: { readonly sessionId: string; readonly kind: FactKind; readonly payload: Readonly<Record<string, unknown>>; readonly technicianId: string },
): SessionFact & { readonly hash: string } {
  const { db, ids, clock, signer } = deps;
  if (!db.inTransaction) throw new Error('appendFact must run inside a transaction');
  const last = db.prepare('SELECT seq, hash FROM pickup_facts WHERE session_id = ? ORDER BY seq DESC LIMIT 1').get(input.sessionId) as
    | { seq: number; hash: string }
    | undefined;
  const fact: SessionFact = {
    factId: ids.next(),
    sessionId: input.sessionId,
    seq: (last?.seq ?? 0) + 1,
    kind: input.kind,
    payload: input.payload,
    technicianId: input.technicianId,
    stationId: signer.stationId,
    at: clock.now().toISOString(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashFact(fact);
  db.prepare(
    `INSERT INTO pickup_facts (fact_id, session_id, seq, kind, payload, technician_id, station_id, at, prev_hash, hash, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fact.factId, fact.sessionId, fact.seq, fact.kind, JSON.stringify(fact.payload), fact.technicianId, fact.stationId, fact.at, fact.prevHash, hash, signer.sign(hash));
  return { ...fact, hash };
}

function toFact(row: FactRow): SessionFact {
  return {
    factId: row.fact_id,
    sessionId: row.session_id,
    seq: row.seq,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    technicianId: row.technician_id,
    stationId: row.station_id,
    at: row.at,
    prevHash: row.prev_hash,
  };
}

/** A session's facts in order. */
export function readFacts(db: Db, sessionId: string): SessionFact[] {
  return (db.prepare('SELECT * FROM pickup_facts WHERE session_id = ? ORDER BY seq').all(sessionId) as FactRow[]).map(toFact);
}

export interface FactsCheck {
  readonly ok: boolean;
  readonly facts: number;
  /** The first fact that does not verify, in words. */
  readonly problem: string | null;
}

/** Walks a session's chain: each fact's hash, its link to the one before, and the station's signature over it. */
export function verifyFacts(db: Db, sessionId: string): FactsCheck {
  const rows = db.prepare('SELECT * FROM pickup_facts WHERE session_id = ? ORDER BY seq').all(sessionId) as FactRow[];
  const keys = new Map((db.prepare('SELECT station_id, public_key FROM stations').all() as { station_id: string; public_key: string }[]).map((r) => [r.station_id, r.public_key]));
  let prev = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const fact = toFact(row);
    const where = `fact ${row.seq} (${row.kind})`;
    if (row.seq !== index + 1) return { ok: false, facts: rows.length, problem: `${where}: a fact before it is missing` };
    if (row.prev_hash !== prev) return { ok: false, facts: rows.length, problem: `${where}: does not link to the fact before it` };
    if (hashFact(fact) !== row.hash) return { ok: false, facts: rows.length, problem: `${where}: its content was changed` };
    const key = keys.get(row.station_id);
    if (key === undefined || !signatureValid(key, row.hash, row.signature)) return { ok: false, facts: rows.length, problem: `${where}: the station signature does not verify` };
    prev = row.hash;
  }
  return { ok: true, facts: rows.length, problem: null };
}
