import { describe, expect, it } from 'vitest';
import type { DecodedCode } from '../../../shared/decoding/decoder';
import { createDeduper } from '../../../shared/decoding/dedupe';
import { pickCode } from '../../../shared/decoding/pick-code';
import { takeFromFrame } from '../../../shared/decoding/take-from-frame';
import { DEFAULT_ASSET_TAG_PATTERN } from '../../../shared/domain/scan';

const TAGS = new RegExp(DEFAULT_ASSET_TAG_PATTERN, 'u');
const code = (text: string): DecodedCode => ({ text, symbology: 'code-128', gs1: false, corners: [] });
const picked = (pick: ReturnType<typeof pickCode>) => (pick.kind === 'one' ? pick.code.text : pick.kind === 'choose' ? pick.candidates.map((c) => c.code.text) : null);

describe('pickCode: several codes in one frame', () => {
  it('takes a single code, and nothing from an empty frame', () => {
    expect(picked(pickCode([code('PF3ABC12')], TAGS, 'ask'))).toBe('PF3ABC12');
    expect(pickCode([], TAGS, 'asset-tag')).toEqual({ kind: 'none' });
  });

  it('counts the same label read twice as one', () => {
    expect(picked(pickCode([code('IT-001234'), code('IT-001234')], TAGS, 'ask'))).toBe('IT-001234');
  });

  it('takes the asset tag (by the site pattern) beside a serial when the site prefers tags, the serial when it prefers serials', () => {
    const frame = [code('PF3ABC12'), code('IT-001234')];
    expect(picked(pickCode(frame, TAGS, 'asset-tag'))).toBe('IT-001234');
    expect(picked(pickCode(frame, TAGS, 'serial'))).toBe('PF3ABC12');
    expect(picked(pickCode(frame, new RegExp('^TAG\\d+$', 'u'), 'asset-tag'))).toEqual(['PF3ABC12', 'IT-001234']);
  });

  it('counts a GS1 label\u2019s serial as a serial', () => {
    expect(picked(pickCode([code('IT-001234'), code('(01)09506000134352(21)SN12345')], TAGS, 'serial'))).toBe('(01)09506000134352(21)SN12345');
  });

  it('offers every readable code when the rule cannot decide (two tags, or the technician wants to pick)', () => {
    expect(picked(pickCode([code('IT-001234'), code('IT-005678')], TAGS, 'asset-tag'))).toEqual(['IT-001234', 'IT-005678']);
    expect(picked(pickCode([code('PF3ABC12'), code('IT-001234')], TAGS, 'ask'))).toEqual(['PF3ABC12', 'IT-001234']);
  });

  it('offers the codes in the order the labels sit, left to right', () => {
    const at = (text: string, x: number): DecodedCode => ({ ...code(text), corners: [{ x, y: 10 }, { x: x + 50, y: 10 }] });
    expect(picked(pickCode([at('IT-001234', 400), at('PF3ABC12', 20)], TAGS, 'ask'))).toEqual(['PF3ABC12', 'IT-001234']);
  });

  it('leaves out what is neither a tag nor a serial (a web address) when a readable code sits beside it', () => {
    expect(picked(pickCode([code('https://vendor.example/warranty?id=1'), code('PF3ABC12')], TAGS, 'ask'))).toBe('PF3ABC12');
  });
});

describe('de-duplication of continuous scanning', () => {
  it('counts a label once while it stays in view, and again after it has been out of view for the hold time', () => {
    const deduper = createDeduper(1500);
    expect(deduper.admit('IT-001234', 0)).toBe(true);
    expect(deduper.admit('IT-001234', 100)).toBe(false);
    expect(deduper.admit('IT-001234', 1400)).toBe(false);
    expect(deduper.admit('IT-001234', 2800)).toBe(false);
    expect(deduper.admit('PF3ABC12', 2900)).toBe(true);
    expect(deduper.admit('IT-001234', 4400)).toBe(true);
  });

  it('starts afresh after a reset', () => {
    const deduper = createDeduper(1500);
    deduper.admit('IT-001234', 0);
    deduper.reset();
    expect(deduper.admit('IT-001234', 10)).toBe(true);
  });
});

describe('takeFromFrame: what each frame of continuous scanning adds', () => {
  const serial = code('PF3ABC12');
  const tag = code('IT-001234');

  it('does not take the serial beside the tag taken when a later frame reads only the serial', () => {
    const deduper = createDeduper(1500);
    expect(takeFromFrame([serial, tag], deduper, 0, TAGS, 'asset-tag')).toEqual({ kind: 'take', text: 'IT-001234' });
    expect(takeFromFrame([serial], deduper, 40, TAGS, 'asset-tag')).toEqual({ kind: 'nothing' });
    expect(takeFromFrame([serial, tag], deduper, 80, TAGS, 'asset-tag')).toEqual({ kind: 'nothing' });
  });

  it('offers a choice once, and takes neither label on its own while the choice is in view', () => {
    const deduper = createDeduper(1500);
    const first = takeFromFrame([serial, tag], deduper, 0, TAGS, 'ask');
    expect(first.kind === 'offer' ? first.candidates.map((c) => c.code.text) : first).toEqual(['PF3ABC12', 'IT-001234']);
    expect(takeFromFrame([serial, tag], deduper, 40, TAGS, 'ask')).toEqual({ kind: 'nothing' });
    expect(takeFromFrame([tag], deduper, 80, TAGS, 'ask')).toEqual({ kind: 'nothing' });
  });

  it('takes the label again once it has been out of view for the hold time', () => {
    const deduper = createDeduper(1500);
    takeFromFrame([tag], deduper, 0, TAGS, 'asset-tag');
    expect(takeFromFrame([], deduper, 1000, TAGS, 'asset-tag')).toEqual({ kind: 'nothing' });
    expect(takeFromFrame([tag], deduper, 1600, TAGS, 'asset-tag')).toEqual({ kind: 'take', text: 'IT-001234' });
  });
});
