import { fileURLToPath } from 'node:url';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { appendEvent } from '../../electron/services/custody/append';
import { uuidIds } from '../../electron/services/system';
import type { DispositionCounts } from '../../shared/domain/disposition';
import { addVendor, base64, DISPOSITION_HEADER } from '../support/vendors/disposition-station';
import { machineInfo } from './support/machine';
import { writeResult } from './support/report';

export interface DispositionBenchOptions {
  /** Lines in the report (and devices out with the vendor). */
  readonly lines?: number;
  readonly previews?: number;
  /** Where results/<name>.json goes; null writes nothing. */
  readonly resultsDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface DispositionBenchResult {
  readonly lines: number;
  readonly reportBytes: number;
  readonly seedSeconds: number;
  /** vendors.previewDisposition through the core (base64 decode, CSV read, matching, facts), each run. */
  readonly previewMs: readonly number[];
  /** vendors.importDisposition: the same plan again, then every event and review item in one transaction. */
  readonly importMs: number;
  /** The same file imported a second time: everything already recorded, nothing written twice. */
  readonly reimportMs: number;
  readonly counts: DispositionCounts;
  readonly recorded: number;
  readonly queued: number;
  readonly recordedAgain: number;
}

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const SESSIONS = 10;
const OUTCOMES = ['RECYCLE', 'SHRED', 'RESALE'] as const;

/** Devices out with the vendor: registered through the core, staged and picked up in SESSIONS sessions (one transaction). */
async function seed(f: CoreFixture, vendorId: string, devices: number): Promise<void> {
  const ids: string[] = [];
  for (let i = 0; i < devices; i += 1) {
    // Every 50th serial is digits with leading zeros: the report carries it with the zeros stripped, as Excel leaves it.
    const serial = i % 50 === 0 ? `000${String(700000 + i)}` : `SNB${String(i).padStart(7, '0')}`;
    ids.push((await f.call('assets.register', { assetTag: `IT-B${String(i).padStart(6, '0')}`, serial, make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' })).id);
  }
  const deps = { db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer };
  f.db.transaction(() => {
    ids.forEach((assetId, i) => {
      const sessionId = `BS-${i % SESSIONS}`;
      appendEvent(deps, { assetId, type: 'staged_for_pickup', payload: { purpose: 'disposition', scanned: '' }, technicianId: 'SUP-1', site: 'Main site' });
      appendEvent(deps, { assetId, type: 'picked_up', payload: { sessionId, sessionReference: sessionId, vendorId, containerId: 'C', containerLabel: 'Pallet', scanned: '', lineNo: i, expected: true, substitution: null, override: null }, technicianId: 'SUP-1', site: 'Main site' });
    });
  })();
}

/** The vendor's report: one line per device (2% of them for devices never on record, one in 50 with its zeros stripped). */
function report(lines: number): string {
  const rows = [DISPOSITION_HEADER];
  for (let i = 0; i < lines; i += 1) {
    const serial = i % 50 === 0 ? String(700000 + i) : i % 50 === 1 ? `GHOST${i}` : `SNB${String(i).padStart(7, '0')}`;
    rows.push(`${serial},,${OUTCOMES[i % 3]},2026-11-${String((i % 28) + 1).padStart(2, '0')},CERT-${i},G1`);
  }
  return `${rows.join('\r\n')}\r\n`;
}

const since = (start: number): number => Math.round((performance.now() - start) * 10) / 10;

/** A 10,000-line disposition report: preview (several runs), import, and the same file again, on a real SQLite file. */
export async function runDispositionBench(options: DispositionBenchOptions = {}): Promise<DispositionBenchResult> {
  const lines = options.lines ?? 10_000;
  const log = options.log ?? (() => undefined);
  const f = await signedInFixture();
  try {
    const vendorId = (await addVendor(f, 'GreenCycle')).vendorId;
    const seeded = performance.now();
    await seed(f, vendorId, lines);
    const seedSeconds = Math.round(since(seeded) / 100) / 10;
    log(`seeded ${lines} picked-up devices in ${seedSeconds} s`);
    const text = report(lines);
    const input = { vendorId, fileName: 'greencycle-bench.csv', contentBase64: base64(text) };
    const previewMs: number[] = [];
    let counts: DispositionCounts | null = null;
    let previewed = { fileSha256: '', planSha256: '' };
    for (let run = 0; run < (options.previews ?? 5); run += 1) {
      const start = performance.now();
      const preview = await f.call('vendors.previewDisposition', input);
      previewMs.push(since(start));
      counts = preview.counts;
      previewed = { fileSha256: preview.fileSha256, planSha256: preview.planSha256 };
    }
    log(`preview runs: ${previewMs.join(', ')} ms`);
    let start = performance.now();
    const imported = await f.call('vendors.importDisposition', { ...input, ...previewed });
    const importMs = since(start);
    const second = await f.call('vendors.previewDisposition', input);
    start = performance.now();
    const again = await f.call('vendors.importDisposition', { ...input, fileSha256: second.fileSha256, planSha256: second.planSha256 });
    const reimportMs = since(start);
    const result: DispositionBenchResult = {
      lines,
      reportBytes: Buffer.byteLength(text),
      seedSeconds,
      previewMs,
      importMs,
      reimportMs,
      counts: counts ?? { lines: 0, record: 0, already: 0, review: 0, notMentioned: 0 },
      recorded: imported.recorded,
      queued: imported.queued,
      recordedAgain: again.recorded,
    };
    if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'disposition-import', machineInfo(), { ...result });
    return result;
  } finally {
    removeFixture(f);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runDispositionBench({ log: (line) => console.log(line) });
  const sorted = [...r.previewMs].sort((a, b) => a - b);
  console.log(`disposition report of ${r.lines} lines (${(r.reportBytes / 1024).toFixed(0)} KiB): preview median ${sorted[Math.floor(sorted.length / 2)]} ms (min ${sorted[0]}, max ${sorted.at(-1)}) over ${sorted.length} runs`);
  console.log(`import (plan again + ${r.recorded} events + ${r.queued} review items, one transaction): ${r.importMs} ms; same file again: ${r.reimportMs} ms, ${r.recordedAgain} recorded`);
  console.log(`counts: ${JSON.stringify(r.counts)}`);
}
