import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { addVendor, DISPOSITION_HEADER, eventsOf, importReport, pickedUpAsset } from '../../support/vendors/disposition-station';

let f: CoreFixture;
let green: string;
const DAY = 86_400_000;

beforeEach(async () => {
  f = await signedInFixture();
  green = (await addVendor(f, 'GreenCycle')).vendorId;
});
afterEach(() => removeFixture(f));

async function signInAgain(): Promise<void> {
  await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
}

describe('the review queue', () => {
  it('a supervisor closes an item with a note: kept on the item and written to the device log; it cannot be closed twice', async () => {
    const drive = await pickedUpAsset(f, { tag: 'IT-40', serial: 'SN-D', vendorId: green, sessionId: 'S1', stagedFor: 'destruction' });
    await importReport(f, green, 'r.csv', `${DISPOSITION_HEADER}\nSN-D,IT-40,RESALE,2026-11-20,C-1,\nSN-GHOST,,RECYCLE,,,\n`);
    const open = await f.call('vendors.reviewQueue', { vendorId: null, state: 'open' });
    const contradiction = open.items.find((i) => i.kind === 'contradicts-destruction');
    const ghost = open.items.find((i) => i.kind === 'no-match');
    expect(contradiction?.reason).toBe('Reported remarketed, but it was staged for pickup for destruction.');
    expect(ghost?.canRecord).toBe(false);

    const resolved = await f.call('vendors.resolveReview', { itemId: contradiction?.itemId ?? '', action: 'note', note: 'Vendor confirms it was shredded; their export was wrong.' });
    expect(resolved.resolution).toMatchObject({ kind: 'noted', by: 'SUP-1', note: 'Vendor confirms it was shredded; their export was wrong.' });
    const notes = eventsOf(f, 'note').filter((e) => e.asset_id === drive);
    expect(JSON.parse(notes[0]?.payload ?? '{}').text).toBe('Disposition review (r.csv, line 2): Vendor confirms it was shredded; their export was wrong.');
    expect(expectFailure(await f.core.invoke('vendors.resolveReview', { itemId: contradiction?.itemId ?? '', action: 'note', note: 'again' }))).toBe('REVIEW_ITEM_NOT_FOUND');
    expect(expectFailure(await f.core.invoke('vendors.resolveReview', { itemId: ghost?.itemId ?? '', action: 'record', note: 'x' }))).toBe('INVALID_INPUT');
    expect(expectFailure(await f.core.invoke('vendors.resolveReview', { itemId: ghost?.itemId ?? '', action: 'note', note: '  ' }))).toBe('INVALID_INPUT');

    const after = await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' });
    expect(after.items.map((i) => i.kind)).toEqual(['no-match']);
    const done = await f.call('vendors.reviewQueue', { vendorId: green, state: 'resolved' });
    expect(done.items.map((i) => i.itemId)).toEqual([contradiction?.itemId]);
  });

  it('a supervisor may record the disposition as reported, against the record: the event names the review item', async () => {
    const drive = await pickedUpAsset(f, { tag: 'IT-41', serial: 'SN-E', vendorId: green, sessionId: 'S1', stagedFor: 'destruction' });
    await importReport(f, green, 'r.csv', `${DISPOSITION_HEADER}\nSN-E,IT-41,RTN,2026-11-20,,\n`);
    const item = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).items[0];
    await f.call('vendors.resolveReview', { itemId: item?.itemId ?? '', action: 'record', note: 'Returned to us by agreement with Legal.' });
    const confirmed = eventsOf(f, 'disposition_confirmed');
    expect(confirmed.map((e) => e.asset_id)).toEqual([drive]);
    expect(JSON.parse(confirmed[0]?.payload ?? '{}')).toMatchObject({ outcome: 'returned', reviewItemId: item?.itemId, fileName: 'r.csv', line: 2, matchedBy: 'serial' });
  });

  it('the recorded event says truly how the line matched its device (Excel-stripped zeros put back)', async () => {
    const drive = await pickedUpAsset(f, { tag: 'IT-44', serial: '0007788', vendorId: green, sessionId: 'S1', stagedFor: 'destruction' });
    await importReport(f, green, 'r.csv', `${DISPOSITION_HEADER}\n7788,,RESALE,2026-11-20,,\n`);
    const item = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).items[0];
    expect(item?.kind).toBe('contradicts-destruction');
    await f.call('vendors.resolveReview', { itemId: item?.itemId ?? '', action: 'record', note: 'Sold after a verified wipe.' });
    const confirmed = eventsOf(f, 'disposition_confirmed');
    expect(confirmed.map((e) => e.asset_id)).toEqual([drive]);
    expect(JSON.parse(confirmed[0]?.payload ?? '{}')).toMatchObject({ matchedBy: 'serial-zeros' });
  });

  it('a disposition recorded from review also settles the device\u2019s item for being left out of an earlier report', async () => {
    await pickedUpAsset(f, { tag: 'IT-42', serial: 'SN-42', vendorId: green, sessionId: 'S4' });
    await pickedUpAsset(f, { tag: 'IT-43', serial: 'SN-43', vendorId: green, sessionId: 'S4', stagedFor: 'destruction' });
    await importReport(f, green, 'part1.csv', `${DISPOSITION_HEADER}\nSN-42,IT-42,RECYCLE,2026-11-20,C-42,\n`);
    await importReport(f, green, 'part2.csv', `${DISPOSITION_HEADER}\nSN-43,IT-43,RESALE,2026-11-22,C-43,\n`);
    const open = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).items;
    expect(open.map((i) => i.kind)).toEqual(['not-mentioned', 'contradicts-destruction']);
    await f.call('vendors.resolveReview', { itemId: open[1]?.itemId ?? '', action: 'record', note: 'Remarketed after a verified wipe, agreed with Security.' });
    expect((await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).open).toBe(0);
    const resolved = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'resolved' })).items;
    expect(resolved.find((i) => i.kind === 'not-mentioned')?.resolution).toMatchObject({ kind: 'settled', note: 'Recorded from the review of part2.csv, line 2.' });
  });

  it('a device left out of one report is settled when a later report confirms it', async () => {
    await pickedUpAsset(f, { tag: 'IT-50', serial: 'SN-50', vendorId: green, sessionId: 'S9' });
    await pickedUpAsset(f, { tag: 'IT-51', serial: 'SN-51', vendorId: green, sessionId: 'S9' });
    const first = await importReport(f, green, 'part1.csv', `${DISPOSITION_HEADER}\nSN-50,IT-50,RECYCLE,2026-11-20,C-50,\n`);
    expect(first.result.queued).toBe(1);
    await importReport(f, green, 'part2.csv', `${DISPOSITION_HEADER}\nSN-51,IT-51,RECYCLE,2026-11-22,C-51,\n`);
    expect((await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).open).toBe(0);
    const settled = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'resolved' })).items;
    expect(settled.map((i) => [i.kind, i.resolution?.kind, i.resolution?.note])).toEqual([['not-mentioned', 'settled', 'Confirmed by part2.csv, line 2.']]);
  });

  it('an outcome code not mapped waits in review; once the mapping has it, importing the report again records it and settles the item', async () => {
    await pickedUpAsset(f, { tag: 'IT-70', serial: 'SN-70', vendorId: green, sessionId: 'S7' });
    const report = `${DISPOSITION_HEADER}\nSN-70,IT-70,DEMANUFACTURED,2026-11-20,C-70,\n`;
    expect((await importReport(f, green, 'r.csv', report)).result).toMatchObject({ recorded: 0, queued: 1 });
    const vendor = (await f.call('vendors.list', {})).find((v) => v.vendorId === green);
    if (vendor === undefined) throw new Error('vendor gone');
    const mapping = { ...vendor.mapping, outcomeCodes: [...vendor.mapping.outcomeCodes, { vendorCode: 'DEMANUFACTURED', outcome: 'recycled' as const }] };
    await f.call('vendors.save', { vendorId: green, profile: { name: vendor.name, certifications: vendor.certifications, contacts: vendor.contacts, mapping } });
    expect((await importReport(f, green, 'r.csv', report)).result).toMatchObject({ recorded: 1, queued: 0 });
    expect((await f.call('vendors.reviewQueue', { vendorId: green, state: 'open' })).open).toBe(0);
    const settled = (await f.call('vendors.reviewQueue', { vendorId: green, state: 'resolved' })).items;
    expect(settled.map((i) => [i.kind, i.resolution?.kind])).toEqual([['unknown-outcome', 'settled']]);
  });
});

describe('aging', () => {
  it('lists devices picked up longer ago than the setting with vendor, session and days waiting; a confirmed disposition ends it', async () => {
    const old = await pickedUpAsset(f, { tag: 'IT-60', serial: 'SN-60', vendorId: green, sessionId: 'S-OLD' });
    f.clock.advance(20 * DAY);
    await signInAgain();
    await pickedUpAsset(f, { tag: 'IT-61', serial: 'SN-61', vendorId: green, sessionId: 'S-NEW' });
    f.clock.advance(15 * DAY);
    await signInAgain();

    const aging = await f.call('vendors.aging', {});
    expect(aging.days).toBe(30);
    expect(aging.outstanding).toBe(2);
    expect(aging.items.map((i) => [i.asset.assetId, i.vendorName, i.sessionReference, i.daysWaiting])).toEqual([[old, 'GreenCycle', 'PU-S-OLD', 35]]);

    const shorter = await f.call('vendors.setAgingDays', { days: 10 });
    expect(shorter.items.map((i) => [i.asset.assetTag, i.daysWaiting])).toEqual([['IT-60', 35], ['IT-61', 15]]);
    expect((await f.call('vendors.aging', {})).days).toBe(10);
    expect(expectFailure(await f.core.invoke('vendors.setAgingDays', { days: 0 }))).toBe('INVALID_INPUT');

    await importReport(f, green, 'late.csv', `${DISPOSITION_HEADER}\nSN-60,IT-60,SHRED,2026-12-01,C-60,\n`);
    const after = await f.call('vendors.aging', {});
    expect(after.items.map((i) => i.asset.assetTag)).toEqual(['IT-61']);
    expect(after.outstanding).toBe(1);
  });
});
