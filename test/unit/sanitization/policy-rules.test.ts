import { describe, expect, it } from 'vitest';
import { ASSET_CLASSES, DATA_BEARING_CLASSES } from '../../../shared/domain/asset';
import { defaultPolicy, requirementFor, wipePolicySchema } from '../../../shared/domain/sanitization/policy';
import { recordShortfalls, shortfallWords, verdictFor, type MediumStanding, type RecordSummary } from '../../../shared/domain/sanitization/verdict';
import { timesProblem } from '../../../shared/domain/sanitization/wipe-times';

const pass: RecordSummary = { wipeId: 'w1', result: 'pass', level: 'purge', verification: 'full', failureReason: null, validated: false };
const medium = (latest: RecordSummary | null, startedAt: string | null = null): MediumStanding => ({ mediumId: 'm1', serial: 'SSD-1', mediaType: 'ssd', latest, startedAt });

describe('recovery policy rules', () => {
  it('ships a policy for every class, and data-bearing classes need at least Clear within two weeks', () => {
    for (const assetClass of ASSET_CLASSES) expect(wipePolicySchema.parse(defaultPolicy(assetClass)).assetClass).toBe(assetClass);
    for (const assetClass of DATA_BEARING_CLASSES) expect(defaultPolicy(assetClass).deadlineDays).toBeLessThanOrEqual(14);
    expect(defaultPolicy('phone').requiredLevel).toBe('purge');
  });

  it('asks more of a high-sensitivity device: the stronger level, and validation where the policy says so', () => {
    const laptop = defaultPolicy('laptop');
    expect(requirementFor(laptop, 'standard')).toEqual({ level: 'clear', deadlineDays: 14, validationRequired: false });
    expect(requirementFor(laptop, 'high')).toEqual({ level: 'purge', deadlineDays: 14, validationRequired: true });
    expect(requirementFor({ ...laptop, requiredLevel: 'destroy', highSensitivityLevel: 'purge' }, 'high').level).toBe('destroy');
    expect(requirementFor({ ...laptop, validation: 'always' }, 'standard').validationRequired).toBe(true);
    expect(requirementFor({ ...laptop, validation: 'never' }, 'high').validationRequired).toBe(false);
  });

  it('says in words why a record falls short: failed, below the level, unverified, awaiting validation', () => {
    const need = { level: 'purge' as const, deadlineDays: 7, validationRequired: true };
    const words = (r: RecordSummary) => recordShortfalls(need, 'drive SSD-1', r).map(shortfallWords);
    expect(words({ ...pass, result: 'fail', failureReason: 'verification found data' })).toEqual(['Drive SSD-1: the wipe failed (verification found data). Retry it, or escalate to Destroy.']);
    expect(words({ ...pass, level: 'clear', verification: 'none' })).toEqual([
      'Drive SSD-1 was wiped to Clear, but the policy needs Purge. Wipe it again at Purge or stronger.',
      'Drive SSD-1 was wiped without verification. Wipe it again with verification.',
    ]);
    expect(words(pass)).toEqual(['Drive SSD-1 waits for a second person to validate the wipe.']);
    expect(words({ ...pass, level: 'destroy', validated: true })).toEqual([]);
  });

  it('holds a host until every medium is done: none recorded, one unwiped, one in progress', () => {
    const need = { level: 'clear' as const, deadlineDays: 14, validationRequired: false };
    expect(verdictFor(need, []).shortfalls).toEqual([{ code: 'no-media' }]);
    expect(verdictFor(need, [medium(pass), { ...medium(null), mediumId: 'm2', serial: null }]).shortfalls.map(shortfallWords)).toEqual([
      'The Solid-state drive (SSD) without a serial is not wiped yet.',
    ]);
    expect(verdictFor(need, [medium(pass, '2026-11-02T08:00:00.000Z')]).sanitized).toBe(false);
    expect(verdictFor(need, [medium(pass)])).toEqual({ sanitized: true, shortfalls: [] });
  });

  it('refuses impossible times: finish before start, start or finish in the future (beyond five minutes of clock slack)', () => {
    const now = new Date('2026-11-02T08:00:00.000Z');
    expect(timesProblem('2026-11-02T07:00:00.000Z', '2026-11-02T06:00:00.000Z', now)).toMatch(/finishes .* before it starts/);
    expect(timesProblem('2026-11-02T07:00:00.000Z', '2026-11-02T09:00:00.000Z', now)).toMatch(/finishes in the future/);
    expect(timesProblem('2026-11-02T07:00:00.000Z', '2026-11-02T08:04:00.000Z', now)).toBeNull();
    expect(timesProblem('yesterday', '2026-11-02T08:00:00.000Z', now)).toMatch(/not a date/);
  });
});
