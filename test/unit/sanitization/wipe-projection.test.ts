import { describe, expect, it } from 'vitest';
import { projectEvents } from '../../../shared/domain/projection';
import type { EventType } from '../../../shared/domain/events';

const at = (n: number): string => `2026-11-02T08:0${n}:00.000Z`;
const event = (type: EventType, payload: Record<string, unknown>, n: number) => ({ type, payload, deviceTime: at(n), site: 'Main site' });
const received = event('received', { batchId: 'b', source: 'wedge', scanned: 'IT-1', location: 'Dock', fromCustodian: null }, 1);

describe('the asset state after wipes of its drives', () => {
  it('stays wipe-pending while a wipe record says the host is not yet sanitized, and becomes wiped when one says it is', () => {
    const firstDrive = event('wipe_completed', { kind: 'record', assetSanitized: false }, 2);
    const secondDrive = event('wipe_completed', { kind: 'record', assetSanitized: true }, 3);
    expect(projectEvents([received, firstDrive]).status).toBe('wipe-pending');
    expect(projectEvents([received, firstDrive, secondDrive]).status).toBe('wiped');
  });

  it('counts a later validation the same way, and a failure or a start as pending', () => {
    const awaiting = event('wipe_completed', { kind: 'record', assetSanitized: false }, 2);
    const validated = event('wipe_completed', { kind: 'validation', assetSanitized: true }, 3);
    expect(projectEvents([received, awaiting, validated]).status).toBe('wiped');
    expect(projectEvents([received, event('wipe_started', {}, 2)]).status).toBe('wipe-pending');
    expect(projectEvents([received, event('wipe_failed', { assetSanitized: false }, 2)]).status).toBe('wipe-pending');
  });

  it('reads a wipe_completed written before records carried the flag as done, so older logs replay as they were', () => {
    expect(projectEvents([received, event('wipe_completed', { level: 'purge', result: 'passed', verification: 'full' }, 2)]).status).toBe('wiped');
  });
});
