import { GENESIS_HASH } from '../../../../shared/domain/events';
import { DocksideError } from '../../../../shared/errors';
import type { ChainReport } from '../../../../shared/views';
import { verifyChain } from '../../custody/verify-chain';
import { signatureValid } from '../../station/signer';
import { hashCaseEntry, type CaseLogEntry } from '../store/case-log';
import { casePackSchema, type CasePack } from './pack-format';
import { packTimeline } from './pack-timeline';

function verifyCaseLog(caseId: string, log: readonly CaseLogEntry[], keys: ReadonlyMap<string, string>): ChainReport {
  let previous = GENESIS_HASH;
  let checked = 0;
  for (const entry of log) {
    const fail = (reason: string): ChainReport => ({ ok: false, checked, firstProblem: { seq: entry.seq, eventId: entry.id, reason: `Case log entry ${entry.seq} ${reason}` } });
    if (entry.caseId !== caseId) return fail(`belongs to case ${entry.caseId}`);
    if (entry.prevHash !== previous) return fail("does not link to the case's previous entry (prevHash mismatch)");
    const { hash: _hash, signature: _signature, ...body } = entry;
    if (hashCaseEntry(body) !== entry.hash) return fail('was altered: its content no longer matches its hash');
    const key = keys.get(entry.stationId);
    if (key === undefined) return fail(`names an unknown station ${entry.stationId}`);
    if (!signatureValid(key, entry.hash, entry.signature)) return fail('has a forged or broken station signature');
    previous = entry.hash;
    checked += 1;
  }
  return { ok: true, checked, firstProblem: null };
}

/** Checks a pack's records against the station keys: each asset's chain, the case log's chain, and signatures. */
export function verifyPackRecords(pack: Pick<CasePack, 'case' | 'stations' | 'assets' | 'caseLog'>, keys: ReadonlyMap<string, string>): ChainReport {
  let checked = 0;
  for (const asset of pack.assets) {
    const report = verifyChain(
      asset.events.map((event) => ({ ok: true as const, event })),
      keys,
      { kind: 'asset', assetId: asset.assetId },
    );
    checked += report.checked;
    if (!report.ok) return { ...report, checked };
  }
  const log = verifyCaseLog(pack.case.caseId, pack.caseLog, keys);
  return { ...log, checked: checked + log.checked };
}

export function parseCasePack(text: string): CasePack {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DocksideError('EVIDENCE_INVALID', 'Case pack is not JSON');
  }
  const result = casePackSchema.safeParse(parsed);
  if (!result.success) throw new DocksideError('EVIDENCE_INVALID', `Case pack is malformed: ${result.error.issues[0]?.message ?? 'unknown'}`);
  return result.data;
}

/**
 * Verifies a case pack offline: the signed records, then that its readable timeline is exactly the
 * one those records give (so no line of the account can be added, dropped or reworded unnoticed).
 */
export function verifyCasePack(text: string, pinnedPublicKey?: string): ChainReport & { readonly pack: CasePack } {
  const pack = parseCasePack(text);
  const keys = new Map(pack.stations.map((s) => [s.stationId, s.publicKey]));
  const trusted = pinnedPublicKey === undefined ? keys : new Map([...keys].filter(([, key]) => key.trim() === pinnedPublicKey.trim()));
  if (pinnedPublicKey !== undefined && trusted.size === 0) throw new DocksideError('EVIDENCE_INVALID', 'Case pack was not signed by the expected station key');
  const report = verifyPackRecords(pack, trusted);
  if (!report.ok) return { ...report, pack };
  const expected = packTimeline(pack.case.caseId, pack.case.openedAt, pack.assets, pack.caseLog);
  if (JSON.stringify(expected) !== JSON.stringify(pack.timeline)) {
    const at = expected.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(pack.timeline[i]));
    const index = at === -1 ? expected.length : at;
    return { ok: false, checked: report.checked, firstProblem: { seq: index + 1, eventId: pack.timeline[index]?.hash ?? '', reason: `Timeline line ${index + 1} does not match the signed records` }, pack };
  }
  return { ...report, pack };
}
