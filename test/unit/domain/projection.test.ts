import { describe, expect, it } from 'vitest';
import type { AssetState } from '../../../shared/domain/asset';
import type { EventType } from '../../../shared/domain/events';
import { applyEvent, EMPTY_STATE, projectEvents, statusAfterEvent } from '../../../shared/domain/projection';

const T0 = '2026-11-02T08:00:00.000Z';
const event = (type: EventType, payload: Record<string, unknown> = {}, deviceTime = T0) => ({ type, payload, deviceTime, site: 'Main site' });
const registered = (custodian: string | null) =>
  event('asset_registered', { assetTag: 'IT-1', serial: null, make: 'Dell', model: 'Latitude', assetClass: 'laptop', sensitivity: 'standard', custodian });
const received = (location = 'Receiving dock', deviceTime = T0) =>
  event('received', { batchId: 'b1', source: 'wedge', scanned: 'IT-1', location, fromCustodian: 'Ana Lima' }, deviceTime);
const graded = (code: string | null) =>
  event('condition_recorded', { condition: code === null ? null : { scheme: 'abcd', grade: code }, code, damage: [], accessories: [], note: '' });

describe("an asset's state as a fold over its events", () => {
  it('starts expected, with nothing known', () => {
    expect(projectEvents([])).toEqual(EMPTY_STATE);
    expect(EMPTY_STATE).toEqual({ status: 'expected', condition: null, location: null, custodian: null, lastEventAt: null, eventCount: 0 });
  });

  it('registration names the custodian; receipt moves it to the dock and out of their hands', () => {
    const afterRegistration = projectEvents([registered('Ana Lima')]);
    expect(afterRegistration).toMatchObject({ status: 'expected', custodian: 'Ana Lima', eventCount: 1 });
    const receipt = received('Dock 2', '2026-11-02T09:30:00.000Z');
    const afterReceipt = applyEvent(afterRegistration, receipt);
    expect(afterReceipt).toMatchObject({ status: 'received', custodian: null, location: 'Dock 2', eventCount: 2, lastEventAt: receipt.deviceTime });
  });

  it('a grade sets the condition; a record without a grade keeps the previous one', () => {
    const state = projectEvents([registered(null), received(), graded('B'), graded(null)]);
    expect(state).toMatchObject({ condition: 'B', eventCount: 4 });
    expect(projectEvents([registered(null), graded('B'), graded('D')]).condition).toBe('D');
  });

  it('follows the lifecycle through wipe, pickup, disposition and missing', () => {
    const base = projectEvents([registered('Ben'), received()]);
    const statusAfter = (type: EventType) => applyEvent(base, event(type)).status;
    expect(statusAfter('wipe_started')).toBe('wipe-pending');
    expect(statusAfter('wipe_failed')).toBe('wipe-pending');
    expect(statusAfter('wipe_completed')).toBe('wiped');
    expect(statusAfter('staged_for_pickup')).toBe('awaiting-pickup');
    expect(statusAfter('picked_up')).toBe('picked-up');
    expect(applyEvent(base, event('picked_up')).location).toBeNull();
    expect(statusAfter('disposition_confirmed')).toBe('disposed');
    expect(statusAfter('reported_missing')).toBe('missing');
  });

  it('notes and substitution findings change only the count and time', () => {
    const base = projectEvents([registered('Ben'), received(), graded('A')]);
    for (const type of ['note', 'substitution_found'] as const) {
      const next = event(type, { text: 'x' }, '2026-11-03T10:00:00.000Z');
      expect(applyEvent(base, next)).toEqual({ ...base, eventCount: base.eventCount + 1, lastEventAt: next.deviceTime });
    }
  });

  it('never changes the state it is given, and the fold equals applying events one by one', () => {
    const events = [registered('Cy'), received(), graded('C'), event('note', { text: 'n' })];
    const frozen: AssetState = Object.freeze({ ...EMPTY_STATE });
    expect(() => events.reduce(applyEvent, frozen)).not.toThrow();
    expect(frozen).toEqual(EMPTY_STATE);
    let stepwise: AssetState = EMPTY_STATE;
    for (const e of events) stepwise = applyEvent(stepwise, e);
    expect(projectEvents(events)).toEqual(stepwise);
  });

  it('refuses an event whose payload does not have the shape of its type', () => {
    expect(() => applyEvent(EMPTY_STATE, event('received', { batchId: 'b1' }))).toThrow();
    expect(() => applyEvent(EMPTY_STATE, event('condition_recorded', { code: 5 }))).toThrow();
  });
});

describe('the status one event shows a central system', () => {
  it('a wipe record of one drive of several, or one awaiting validation, does not make the device wiped', () => {
    expect(statusAfterEvent(event('wipe_completed', { assetSanitized: false }))).toBe('wipe-pending');
    expect(statusAfterEvent(event('wipe_completed', { assetSanitized: true }))).toBe('wiped');
    expect(statusAfterEvent(received())).toBe('received');
    expect(statusAfterEvent(event('note', { text: 'x' }))).toBeNull();
  });
});
