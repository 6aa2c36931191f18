import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../electron/cli/verify-report';
import { hashEvent } from '../../electron/services/custody/canonical';
import { verifyEvidence } from '../../electron/services/custody/evidence';
import { newSigner } from '../../electron/services/station/signer';
import type { CustodyEvent } from '../../shared/domain/events';
import { explainError } from '../../shared/error-words';
import { DocksideError } from '../../shared/errors';
import type { ChainProblem } from '../../shared/views';
import { jsonOf, runDockside } from '../cli/support/run-dockside';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';
import { createPrng } from '../support/prng';

const EVIDENCE_WORDS = explainError({ code: 'EVIDENCE_INVALID', message: '' });

interface EvidenceJson {
  stations: { stationId: string; publicKey: string }[];
  events: Record<string, unknown>[];
}

/** What verifying a piece of text finds: the first problem, or the coded error it was refused with. */
function outcome(text: string, pinned?: string): { ok: boolean; problem: ChainProblem | null; code: string | null } {
  try {
    const report = verifyEvidence(text, pinned);
    return { ok: report.ok, problem: report.firstProblem, code: null };
  } catch (error) {
    if (error instanceof DocksideError) return { ok: false, problem: null, code: error.error.code };
    throw error;
  }
}

describe('exported evidence files verify offline, and any change to them is reported', () => {
  let s: CustodyScenario;
  let full: string;
  let pem: string;
  beforeEach(async () => {
    s = await custodyScenario();
    full = (await s.fixture.call('custody.exportEvidence', { assetId: null })).content;
    pem = join(s.fixture.dir, 'station.pub.pem');
    writeFileSync(pem, s.fixture.signer.publicKey);
  });
  afterEach(() => removeFixture(s.fixture));

  const write = (name: string, text: string): string => {
    const file = join(s.fixture.dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('a full-log and a one-asset export verify, on their own and against the pinned station key', async () => {
    expect(verifyEvidence(full, s.fixture.signer.publicKey)).toMatchObject({ ok: true, checked: 10, scope: { kind: 'log' } });
    const one = await s.fixture.call('custody.exportEvidence', { assetId: s.assets['IT-000101'] ?? null });
    expect(one.fileName).toMatch(/^dockside-evidence-.+\.json$/);
    expect(verifyEvidence(one.content)).toMatchObject({ ok: true, checked: 4, scope: { kind: 'asset', assetId: s.assets['IT-000101'] } });
    const run = runDockside(['verify', write(one.fileName, one.content), '--pubkey', pem]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Evidence file');
    expect(run.stdout).toContain('Events        4');
    expect(run.stdout).toContain('VERIFIED');
  });

  it('names the event when any one of its fields is changed', () => {
    const fields = ['id', 'seq', 'stationId', 'assetId', 'type', 'payload', 'technicianId', 'site', 'deviceTime', 'prevHash', 'assetPrevHash', 'hash', 'signature'];
    const changed = (value: unknown, field: string): unknown => {
      if (field === 'seq') return 8;
      if (field === 'type') return 'note';
      if (field === 'payload') return { ...(value as object), note: 'edited' };
      if (field === 'signature') return `${String(value).slice(0, 10)}${String(value)[10] === 'A' ? 'B' : 'A'}${String(value).slice(11)}`;
      return `${String(value)}x`;
    };
    for (const field of fields) {
      const evidence = JSON.parse(full) as EvidenceJson;
      const event = evidence.events[6] as Record<string, unknown>;
      event[field] = changed(event[field], field);
      const found = outcome(JSON.stringify(evidence, null, 2));
      expect({ field, ok: found.ok, seq: found.problem?.seq }).toEqual({ field, ok: false, seq: field === 'seq' ? 8 : 7 });
    }
  });

  it('reports every single-byte change inside the signed events (400 seeded trials)', () => {
    const bytes = Buffer.from(full, 'utf8');
    const start = full.indexOf('"events"');
    const random = createPrng(20261102);
    let trials = 0;
    while (trials < 400) {
      const at = start + random.int(bytes.length - start);
      const original = bytes[at] ?? 0;
      if (original === 0x20 || original === 0x0a) continue;
      const replacement = 0x21 + random.int(0x7e - 0x21);
      if (replacement === original) continue;
      const copy = Buffer.from(bytes);
      copy[at] = replacement;
      const found = outcome(copy.toString('utf8'));
      expect({ at, ok: found.ok, reported: found.problem !== null || found.code === 'EVIDENCE_INVALID' }).toEqual({ at, ok: false, reported: true });
      trials += 1;
    }
  });

  it('a signature re-spelt in base64 (unused padding bits changed, same bytes once decoded) is reported', () => {
    const evidence = JSON.parse(full) as EvidenceJson;
    const event = evidence.events[2] as { signature: string };
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const lastData = event.signature.length - 3;
    const respelt = alphabet[alphabet.indexOf(event.signature[lastData] ?? 'A') ^ 1] ?? 'A';
    const signature = `${event.signature.slice(0, lastData)}${respelt}==`;
    expect(Buffer.from(signature, 'base64')).toEqual(Buffer.from(event.signature, 'base64'));
    event.signature = signature;
    expect(outcome(JSON.stringify(evidence)).problem).toMatchObject({ seq: 3, reason: 'Event 3 has a forged or broken station signature' });
  });

  it('a changed byte is reported by `dockside verify` with the event and exit status 1', () => {
    const file = write('evidence.json', full.replace('"technicianId": "SUP-1"', '"technicianId": "SUP-7"'));
    const run = runDockside(['verify', file, '--json']);
    expect(run.status).toBe(1);
    expect(jsonOf<VerifyReport>(run).firstProblem).toEqual({ seq: 1, eventId: s.at(1).id, reason: 'Event 1 was altered: its content no longer matches its hash' });
  });

  it('a station public key changed in the file is reported', () => {
    const evidence = JSON.parse(full) as EvidenceJson;
    const station = evidence.stations[0] as { publicKey: string };
    station.publicKey = newSigner().publicKey;
    expect(outcome(JSON.stringify(evidence)).problem).toMatchObject({ seq: 1, reason: 'Event 1 has a forged or broken station signature' });
  });

  it("a file signed by another station is refused when the real station's key is pinned", async () => {
    const other = await custodyScenario();
    try {
      const foreign = (await other.fixture.call('custody.exportEvidence', { assetId: null })).content;
      expect(outcome(foreign)).toMatchObject({ ok: true });
      expect(outcome(foreign, s.fixture.signer.publicKey)).toMatchObject({ ok: false, code: 'EVIDENCE_INVALID' });
      const run = runDockside(['verify', write('foreign.json', foreign), '--pubkey', pem]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(EVIDENCE_WORDS);
      expect(run.stderr).toContain('not signed by the expected station key');
    } finally {
      removeFixture(other.fixture);
    }
  });

  it('a file that lists the real station but carries an event signed by another is refused when pinned', () => {
    const forger = newSigner();
    const evidence = JSON.parse(full) as EvidenceJson;
    evidence.stations.push({ stationId: forger.stationId, publicKey: forger.publicKey });
    const last = evidence.events[9] as unknown as CustodyEvent;
    const { hash: _hash, signature: _signature, ...body } = { ...last, stationId: forger.stationId, payload: { ...last.payload, note: 'forged' } };
    const hash = hashEvent(body);
    evidence.events[9] = { ...body, hash, signature: forger.sign(hash) };
    const text = JSON.stringify(evidence);
    expect(outcome(text)).toMatchObject({ ok: true });
    expect(outcome(text, s.fixture.signer.publicKey)).toMatchObject({ ok: false, problem: { seq: 10, eventId: s.at(10).id } });
    const run = runDockside(['verify', write('mixed.json', text), '--pubkey', pem]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('BROKEN at event 10');
  });

  it('not JSON, another format, or a truncated file: refused in words as invalid evidence', () => {
    const cases = {
      'notes.txt': 'Custody of IT-000101 handed to courier',
      'other.json': JSON.stringify({ format: 'someone-elses-log', version: 1, events: [] }),
      'truncated.json': full.slice(0, Math.floor(full.length / 2)),
      'empty.json': '',
    };
    for (const [name, text] of Object.entries(cases)) {
      expect(outcome(text)).toMatchObject({ ok: false, code: 'EVIDENCE_INVALID' });
      const run = runDockside(['verify', write(name, text)]);
      expect({ name, status: run.status }).toEqual({ name, status: 1 });
      expect(run.stderr).toContain(`Error: ${EVIDENCE_WORDS}`);
    }
    const json = runDockside(['verify', join(s.fixture.dir, 'notes.txt'), '--json']);
    expect(jsonOf<{ ok: boolean; error: { code: string; words: string } }>(json)).toMatchObject({ ok: false, error: { code: 'EVIDENCE_INVALID', words: EVIDENCE_WORDS } });
  });

  it('`dockside export evidence` writes a file from a database that verifies as the app exported it', () => {
    s.fixture.close();
    const out = join(s.fixture.dir, 'asset.json');
    const run = runDockside(['export', 'evidence', '--db', s.fixture.dbFile, '--asset', 'it-000103', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote 3 signed events (asset IT-000103) to ${out}\n`);
    expect(verifyEvidence(readFileSync(out, 'utf8'), s.fixture.signer.publicKey)).toMatchObject({ ok: true, checked: 3 });
  });
});
