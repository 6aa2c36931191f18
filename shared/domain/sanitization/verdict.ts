import type { WipeRequirement } from './policy';
import { atLeast, LEVEL_WORDS, MEDIA_TYPE_WORDS, type Level, type MediaType, type Verification, type WipeResult } from './vocabulary';

/** The latest finished wipe of one medium since the host was received. */
export interface RecordSummary {
  readonly wipeId: string;
  readonly result: WipeResult;
  readonly level: Level;
  readonly verification: Verification;
  readonly failureReason: string | null;
  readonly validated: boolean;
}

export interface MediumStanding {
  readonly mediumId: string;
  readonly serial: string | null;
  readonly mediaType: MediaType;
  readonly latest: RecordSummary | null;
  /** When a wipe was started on it and not yet recorded as finished. */
  readonly startedAt: string | null;
}

/** Why a device is still in the wipe queue. */
export type Shortfall =
  | { readonly code: 'no-media' }
  | { readonly code: 'unwiped'; readonly medium: string }
  | { readonly code: 'in-progress'; readonly medium: string; readonly since: string }
  | { readonly code: 'failed'; readonly medium: string; readonly reason: string }
  | { readonly code: 'below-policy'; readonly medium: string; readonly level: Level; readonly required: Level }
  | { readonly code: 'not-verified'; readonly medium: string }
  | { readonly code: 'awaiting-validation'; readonly medium: string; readonly wipeId: string };

export interface Verdict {
  readonly sanitized: boolean;
  readonly shortfalls: readonly Shortfall[];
}

/** How a medium is named in a reason: its serial, else its type. */
export function mediumName(medium: Pick<MediumStanding, 'serial' | 'mediaType'>): string {
  return medium.serial === null ? `the ${MEDIA_TYPE_WORDS[medium.mediaType]} without a serial` : `drive ${medium.serial}`;
}

/** What keeps one finished record from meeting the requirement (empty: it meets it). */
export function recordShortfalls(requirement: WipeRequirement, medium: string, record: RecordSummary): Shortfall[] {
  if (record.result === 'fail') return [{ code: 'failed', medium, reason: record.failureReason ?? 'the wipe failed' }];
  const out: Shortfall[] = [];
  if (!atLeast(record.level, requirement.level)) out.push({ code: 'below-policy', medium, level: record.level, required: requirement.level });
  if (record.verification === 'none') out.push({ code: 'not-verified', medium });
  if (out.length === 0 && requirement.validationRequired && !record.validated) out.push({ code: 'awaiting-validation', medium, wipeId: record.wipeId });
  return out;
}

/** Whether a host is sanitized to its requirement: every medium recorded, each with a latest record that meets it. */
export function verdictFor(requirement: WipeRequirement, media: readonly MediumStanding[]): Verdict {
  if (media.length === 0) return { sanitized: false, shortfalls: [{ code: 'no-media' }] };
  const shortfalls = media.flatMap((m): Shortfall[] => {
    const name = mediumName(m);
    if (m.startedAt !== null) return [{ code: 'in-progress', medium: name, since: m.startedAt }];
    if (m.latest === null) return [{ code: 'unwiped', medium: name }];
    return recordShortfalls(requirement, name, m.latest);
  });
  return { sanitized: shortfalls.length === 0, shortfalls };
}

/** A shortfall in words, as the queue and the wipe form show it. */
export function shortfallWords(s: Shortfall): string {
  switch (s.code) {
    case 'no-media':
      return 'No drive recorded yet: add the storage it holds (serial and type).';
    case 'unwiped':
      return `${capital(s.medium)} is not wiped yet.`;
    case 'in-progress':
      return `${capital(s.medium)} is being wiped (started ${s.since.slice(0, 16).replace('T', ' ')} UTC).`;
    case 'failed':
      return `${capital(s.medium)}: the wipe failed (${s.reason}). Retry it, or escalate to Destroy.`;
    case 'below-policy':
      return `${capital(s.medium)} was wiped to ${LEVEL_WORDS[s.level]}, but the policy needs ${LEVEL_WORDS[s.required]}. Wipe it again at ${LEVEL_WORDS[s.required]} or stronger.`;
    case 'not-verified':
      return `${capital(s.medium)} was wiped without verification. Wipe it again with verification.`;
    case 'awaiting-validation':
      return `${capital(s.medium)} waits for a second person to validate the wipe.`;
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
