import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { addVendor, base64, DISPOSITION_HEADER, eventsOf, importReport, pickedUpAsset } from '../../support/vendors/disposition-station';
import { dispositionConfirmedPayload } from '../../../shared/domain/disposition';

let f: CoreFixture;
let green: string;
let other: string;
const ids: Record<string, string> = {};

const REPORT = [
  DISPOSITION_HEADER,
  'SN-A1,IT-1,RECYCLE,2026-11-20,CERT-1,G1',
  'SN-A2,IT-2,RESALE,21/11/2026,CERT-2,',
  '778899,,RECYCLE,2026-11-20,CERT-3,',
  'SN-A4,IT-4,RESALE,2026-11-20,CERT-4,',
  'SN-A6,IT-6,SHRED,2026-11-20,CERT-6,',
  'SN-NOBODY,,RECYCLE,2026-11-20,CERT-7,',
  'SN-A7,IT-7,RECYCLE,2026-11-20,CERT-8,',
  'SN-A9,IT-9,XYZ,2026-11-20,CERT-9,',
  'sn-a1,,RECYCLE,2026-11-20,CERT-1,',
  '1.23E+11,,RECYCLE,2026-11-20,CERT-10,',
].join('\r\n');

const count = (sql: string): number => (f.db.prepare(sql).get() as { n: number }).n;
const status = (assetId: string | undefined): string => (f.db.prepare('SELECT status FROM assets WHERE id = ?').get(assetId) as { status: string }).status;

beforeEach(async () => {
  f = await signedInFixture();
  green = (await addVendor(f, 'GreenCycle')).vendorId;
  other = (await addVendor(f, 'Other ITAD')).vendorId;
  const out = (tag: string, serial: string | null, vendorId: string, sessionId: string, more = {}) => pickedUpAsset(f, { tag, serial, vendorId, sessionId, ...more });
  ids.A1 = await out('IT-1', 'SN-A1', green, 'S1');
  ids.A2 = await out('IT-2', 'SN-A2', green, 'S1');
  ids.A3 = await out('IT-3', '000778899', green, 'S1');
  ids.A4 = await out('IT-4', 'SN-A4', green, 'S1', { assetClass: 'drive', sensitivity: 'high' });
  ids.A5 = await out('IT-5', 'SN-A5', green, 'S1');
  ids.A6 = await out('IT-6', 'SN-A6', other, 'S2');
  ids.A7 = (await f.call('assets.register', { assetTag: 'IT-7', serial: 'SN-A7', make: 'HP', model: 'EliteBook', assetClass: 'laptop' })).id;
  ids.A8 = await out('IT-8', 'SN-A8', green, 'S3');
  ids.A9 = await out('IT-9', 'SN-A9', green, 'S1');
});
afterEach(() => removeFixture(f));

describe('disposition report import', () => {
  it('previews every line, its match, outcome and reason, and writes nothing', async () => {
    const events = count('SELECT COUNT(*) AS n FROM custody_events');
    const preview = await f.call('vendors.previewDisposition', { vendorId: green, fileName: 'greencycle-nov.csv', contentBase64: base64(REPORT) });
    expect(count('SELECT COUNT(*) AS n FROM custody_events')).toBe(events);
    expect(count('SELECT COUNT(*) AS n FROM disposition_review')).toBe(0);
    const byLine = new Map(preview.lines.map((l) => [l.line, l]));
    expect(byLine.get(2)).toMatchObject({ action: 'record', outcome: 'recycled', processedDate: '2026-11-20', certificateNumber: 'CERT-1', matchedBy: 'serial', asset: { assetId: ids.A1 } });
    expect(byLine.get(3)).toMatchObject({ action: 'record', outcome: 'remarketed', processedDate: '2026-11-21' });
    expect(byLine.get(4)).toMatchObject({ action: 'record', matchedBy: 'serial-zeros', asset: { assetId: ids.A3, serial: '000778899' }, reason: 'Matched after putting back the leading zeros Excel strips.' });
    expect(byLine.get(5)).toMatchObject({ action: 'review', reviewKind: 'contradicts-destruction', reason: 'Reported remarketed, but its wipe policy requires Destroy.' });
    expect(byLine.get(6)).toMatchObject({ action: 'review', reviewKind: 'not-this-vendor', reason: 'This device went out with another vendor (session PU-S2).' });
    expect(byLine.get(7)).toMatchObject({ action: 'review', reviewKind: 'no-match', reason: 'No device on record has serial SN-NOBODY.' });
    expect(byLine.get(8)).toMatchObject({ action: 'review', reviewKind: 'not-this-vendor', reason: 'This device was never picked up (it is expected here).' });
    expect(byLine.get(9)).toMatchObject({ action: 'review', reviewKind: 'unknown-outcome', reason: 'The outcome code XYZ is not in this vendor\u2019s mapping.' });
    expect(byLine.get(10)).toMatchObject({ action: 'review', reviewKind: 'unreadable', reason: 'The serial sn-a1 already appears on line 2: only that first line is read.' });
    expect(byLine.get(11)?.reviewKind).toBe('unreadable');
    expect(byLine.get(11)?.reason).toMatch(/Excel turned it into a number in scientific notation/);
    expect(preview.notMentioned.map((m) => m.asset.assetId)).toEqual([ids.A5]);
    expect(preview.notMentioned[0]?.sessionReference).toBe('PU-S1');
    expect(preview.counts).toEqual({ lines: 10, record: 3, already: 0, review: 7, notMentioned: 1 });
    expect(preview.importedBefore).toBeNull();
  });

  it('records the matched lines as disposition_confirmed events and queues the rest, once', async () => {
    const { result } = await importReport(f, green, 'greencycle-nov.csv', REPORT);
    expect(result).toMatchObject({ recorded: 3, already: 0, queued: 8 });
    const confirmed = eventsOf(f, 'disposition_confirmed');
    expect(confirmed.map((e) => e.asset_id).sort()).toEqual([ids.A1, ids.A2, ids.A3].sort());
    const first = dispositionConfirmedPayload.parse(JSON.parse(confirmed[0]?.payload ?? '{}'));
    expect(first).toMatchObject({ vendorName: 'GreenCycle', outcome: 'recycled', vendorOutcomeCode: 'RECYCLE', certificateNumber: 'CERT-1', vendorCondition: 'G1', condition: 'A', line: 2, fileName: 'greencycle-nov.csv' });
    expect([status(ids.A1), status(ids.A2), status(ids.A3)]).toEqual(['disposed', 'disposed', 'disposed']);
    expect([status(ids.A4), status(ids.A5), status(ids.A8)]).toEqual(['picked-up', 'picked-up', 'picked-up']);
    expect(count('SELECT COUNT(*) AS n FROM outbox WHERE event_id IN (SELECT id FROM custody_events WHERE type = \'disposition_confirmed\')')).toBe(3);
    const queue = await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' });
    expect(queue.open).toBe(8);
    expect(queue.items.map((i) => i.kind).sort()).toEqual(
      ['contradicts-destruction', 'no-match', 'not-mentioned', 'not-this-vendor', 'not-this-vendor', 'unknown-outcome', 'unreadable', 'unreadable'].sort(),
    );
    expect(queue.items.find((i) => i.kind === 'not-mentioned')?.asset?.assetId).toBe(ids.A5);
    expect(queue.items.find((i) => i.kind === 'contradicts-destruction')?.canRecord).toBe(true);

    const again = await importReport(f, green, 'greencycle-nov (1).csv', REPORT);
    expect(again.preview.importedBefore).not.toBeNull();
    expect(again.preview.counts).toMatchObject({ record: 0, already: 3 });
    expect(again.result).toMatchObject({ recorded: 0, already: 3, queued: 0 });
    expect(eventsOf(f, 'disposition_confirmed')).toHaveLength(3);
    expect(count('SELECT COUNT(*) AS n FROM disposition_review')).toBe(8);
  });

  it('writes one disposition per device when the report names it again by tag or with its zeros stripped', async () => {
    const twice = [DISPOSITION_HEADER, 'SN-A1,,RECYCLE,2026-11-20,CERT-1,', ',IT-1,RESALE,2026-11-20,CERT-2,', '000778899,,RECYCLE,2026-11-20,CERT-3,', '778899,,SHRED,2026-11-20,CERT-4,'].join('\n');
    const { preview, result } = await importReport(f, green, 'twice.csv', twice);
    expect(preview.lines.map((l) => [l.line, l.action, l.reviewKind])).toEqual([
      [2, 'record', null],
      [3, 'review', 'named-twice'],
      [4, 'record', null],
      [5, 'review', 'named-twice'],
    ]);
    expect(preview.lines[1]?.reason).toBe('This device (IT-1) is already on line 2 of this report: only that first line is read.');
    expect(result.recorded).toBe(2);
    const queue = await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' });
    expect(queue.items.filter((i) => i.kind === 'named-twice').map((i) => i.line)).toEqual([3, 5]);
    const confirmed = eventsOf(f, 'disposition_confirmed').map((e) => dispositionConfirmedPayload.parse(JSON.parse(e.payload)));
    expect(confirmed.map((p) => p.certificateNumber)).toEqual(['CERT-1', 'CERT-3']);
  });

  it('reads the same report saved with a BOM, semicolons, quoted line breaks and empty lines the same way', async () => {
    const messy = `\ufeffSerial Number;Asset Tag;Final Disposition;Processed;Certificate;Grade\r\n\r\nSN-A1;IT-1;"RECYCLE";2026-11-20;CERT-1;"G1"\r\n\r\n"SN-A2";IT-2;RESALE;21.11.2026;CERT-2;"B\r\nlid scuffed"\r\n`;
    const { preview, result } = await importReport(f, green, 'messy.csv', messy);
    expect(preview.delimiter).toBe(';');
    expect(preview.lines.map((l) => [l.line, l.action])).toEqual([[3, 'record'], [5, 'record']]);
    expect(preview.lines[1]?.processedDate).toBe('2026-11-21');
    expect(JSON.parse(eventsOf(f, 'disposition_confirmed')[1]?.payload ?? '{}')).toMatchObject({ vendorCondition: 'B\nlid scuffed' });
    expect(result.recorded).toBe(2);
  });

  it('refuses a file over 50 MB, a file without the mapped columns, and a different file than previewed, writing nothing', async () => {
    const events = count('SELECT COUNT(*) AS n FROM custody_events');
    const huge = Buffer.alloc(50 * 1024 * 1024 + 10, 'a').toString('base64');
    expect(expectFailure(await f.core.invoke('vendors.previewDisposition', { vendorId: green, fileName: 'huge.csv', contentBase64: huge }))).toBe('FILE_TOO_LARGE');
    const wrong = await f.core.invoke('vendors.previewDisposition', { vendorId: green, fileName: 'manifest.csv', contentBase64: base64('Serial,Tag,Model\nSN-A1,IT-1,X\n') });
    expect(expectFailure(wrong)).toBe('CSV_MISSING_COLUMNS');
    const preview = await f.call('vendors.previewDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT) });
    const swapped = await f.core.invoke('vendors.importDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(`${REPORT}\n`), fileSha256: preview.fileSha256, planSha256: preview.planSha256 });
    expect(expectFailure(swapped)).toBe('INVALID_INPUT');
    expect(count('SELECT COUNT(*) AS n FROM custody_events')).toBe(events);
    expect(count('SELECT COUNT(*) AS n FROM disposition_imports')).toBe(0);
  });

  it('refuses to import when the records changed since the preview, so nothing is written that the preview did not show', async () => {
    const preview = await f.call('vendors.previewDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT) });
    expect(preview.lines.find((l) => l.line === 7)?.reviewKind).toBe('no-match');
    await pickedUpAsset(f, { tag: 'IT-NB', serial: 'SN-NOBODY', vendorId: green, sessionId: 'S1' });
    const events = count('SELECT COUNT(*) AS n FROM custody_events');
    const stale = await f.core.invoke('vendors.importDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT), fileSha256: preview.fileSha256, planSha256: preview.planSha256 });
    expect(expectFailure(stale)).toBe('PREVIEW_OUT_OF_DATE');
    expect(count('SELECT COUNT(*) AS n FROM custody_events')).toBe(events);
    expect(count('SELECT COUNT(*) AS n FROM disposition_imports')).toBe(0);
    const fresh = await importReport(f, green, 'a.csv', REPORT);
    expect(fresh.preview.lines.find((l) => l.line === 7)?.action).toBe('record');
    expect(fresh.result.recorded).toBe(4);
  });

  it('is all or nothing: a failure on one line leaves no event, no review item and no import behind', async () => {
    const events = count('SELECT COUNT(*) AS n FROM custody_events');
    f.db.exec(`CREATE TEMP TRIGGER fail_on_a3 BEFORE INSERT ON custody_events WHEN NEW.asset_id = '${ids.A3}' AND NEW.type = 'disposition_confirmed' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;`);
    const preview = await f.call('vendors.previewDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT) });
    const failed = await f.core.invoke('vendors.importDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT), fileSha256: preview.fileSha256, planSha256: preview.planSha256 });
    expect(failed.ok).toBe(false);
    expect(count('SELECT COUNT(*) AS n FROM custody_events')).toBe(events);
    expect(count('SELECT COUNT(*) AS n FROM disposition_review')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM disposition_imports')).toBe(0);
    expect(status(ids.A1)).toBe('picked-up');
  });

  it('refuses a vendor whose mapping has no outcome column, and a technician who is not a supervisor', async () => {
    const bare = await addVendor(f, 'Bare', {
      mapping: { manifestColumns: [], dispositionColumns: [{ column: 'Serial Number', field: 'serial' }], conditionCodes: [], outcomeCodes: [] },
    });
    expect(expectFailure(await f.core.invoke('vendors.previewDisposition', { vendorId: bare.vendorId, fileName: 'a.csv', contentBase64: base64(REPORT) }))).toBe('VENDOR_MAPPING_INCOMPLETE');
    await f.call('users.add', { technicianId: 'TECH-7', name: 'Terry Tech', role: 'technician', pin: '2468' });
    await f.call('auth.signOut', {});
    await f.call('auth.signIn', { technicianId: 'TECH-7', pin: '2468' });
    expect(expectFailure(await f.core.invoke('vendors.previewDisposition', { vendorId: green, fileName: 'a.csv', contentBase64: base64(REPORT) }))).toBe('FORBIDDEN');
    expect((await f.call('vendors.list', {})).map((v) => v.name)).toEqual(['Bare', 'GreenCycle', 'Other ITAD']);
  });
});
