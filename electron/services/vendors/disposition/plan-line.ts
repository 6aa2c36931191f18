import type { DispositionLine, ReviewKind } from '../../../../shared/domain/disposition';
import { DISPOSITION_OUTCOME_WORDS, DISPOSITION_OUTCOMES, type DispositionOutcome, type Vendor } from '../../../../shared/domain/vendors';
import type { MappedRow } from '../../imports/read-mapped-csv';
import { assetRef, type AssetFacts, type AssetRow } from './asset-facts';
import type { IdentityMatch } from './match-identity';
import { readReportDate } from './report-date';

/** A line as planned, with what the event needs beyond what the preview shows. */
export interface PlannedLine extends DispositionLine {
  readonly vendorCondition: string | null;
  readonly condition: string | null;
}

const KEEPS_THE_DEVICE: readonly DispositionOutcome[] = ['remarketed', 'returned', 'harvested'];

/** The vendor's outcome code in our words: its mapping first, then our own outcome names as written. */
export function outcomeCodeReader(vendor: Vendor): (code: string) => DispositionOutcome | null {
  const mapped = new Map(vendor.mapping.outcomeCodes.map((c) => [c.vendorCode.trim().toUpperCase(), c.outcome]));
  return (code) => mapped.get(code.toUpperCase()) ?? DISPOSITION_OUTCOMES.find((o) => o === code.toLowerCase()) ?? null;
}

export function conditionCodeReader(vendor: Vendor): (code: string) => string | null {
  const mapped = new Map(vendor.mapping.conditionCodes.map((c) => [c.vendorCode.trim().toUpperCase(), c.condition]));
  return (code) => mapped.get(code.toUpperCase()) ?? null;
}

interface Verdict {
  readonly action: DispositionLine['action'];
  readonly kind: ReviewKind | null;
  readonly reason: string | null;
}

const review = (kind: ReviewKind, reason: string): Verdict => ({ action: 'review', kind, reason });

function matchVerdict(match: IdentityMatch, label: string): Verdict | null {
  if (match.kind === 'none') return review('no-match', `No device on record has ${label}.`);
  if (match.kind === 'many') return review('ambiguous', `${match.count} devices on record have ${label}: which one the vendor means is unclear.`);
  if (match.kind === 'conflict') return review('identity-conflict', match.reason);
  return null;
}

function recordVerdict(facts: AssetFacts, vendor: Vendor, outcome: DispositionOutcome, certificate: string | null): Verdict {
  const prior = facts.disposition;
  if (prior !== null) {
    if (prior.vendorId === vendor.vendorId && prior.outcome === outcome && prior.certificateNumber === certificate) {
      return { action: 'already', kind: null, reason: 'Already recorded from an earlier report.' };
    }
    return review('already-disposed', `A disposition is already recorded for this device: ${DISPOSITION_OUTCOME_WORDS[prior.outcome]} by ${prior.vendorName}${prior.certificateNumber === null ? '' : ` (certificate ${prior.certificateNumber})`}.`);
  }
  if (facts.pickup === null) return review('not-this-vendor', `This device was never picked up (it is ${facts.asset.status} here).`);
  if (facts.pickup.vendorId !== vendor.vendorId) return review('not-this-vendor', `This device went out with another vendor (session ${facts.pickup.sessionReference}).`);
  if (facts.destroyBecause !== null && KEEPS_THE_DEVICE.includes(outcome)) {
    return review('contradicts-destruction', `Reported ${DISPOSITION_OUTCOME_WORDS[outcome]}, but ${facts.destroyBecause}.`);
  }
  return { action: 'record', kind: null, reason: null };
}

export interface LineContext {
  readonly vendor: Vendor;
  readonly outcomeOf: (code: string) => DispositionOutcome | null;
  readonly conditionOf: (code: string) => string | null;
  readonly facts: (asset: AssetRow) => AssetFacts;
}

/** What importing one readable report line will do, and why. */
export function planLine(row: MappedRow, match: IdentityMatch, ctx: LineContext): PlannedLine {
  const v = row.values;
  const vendorOutcome = v.outcome ?? null;
  const outcome = vendorOutcome === null ? null : ctx.outcomeOf(vendorOutcome);
  const processedDate = v.processedDate === undefined ? null : readReportDate(v.processedDate, ctx.vendor.mapping.dateOrder);
  const certificateNumber = v.certificateNumber ?? null;
  const asset = match.kind === 'one' ? match.asset : null;
  const label = [v.serial === undefined ? null : `serial ${v.serial}`, v.assetTag === undefined ? null : `asset tag ${v.assetTag}`].filter((x) => x !== null).join(' or ');
  const verdict =
    matchVerdict(match, label) ??
    (v.processedDate !== undefined && processedDate === null ? review('unreadable', `The processing date ${v.processedDate} is not a date.`) : null) ??
    (outcome === null
      ? review('unknown-outcome', vendorOutcome === null ? 'The line gives no outcome.' : `The outcome code ${vendorOutcome} is not in this vendor\u2019s mapping.`)
      : null) ??
    (asset === null || outcome === null ? review('no-match', 'No device matched.') : recordVerdict(ctx.facts(asset), ctx.vendor, outcome, certificateNumber));
  const zeros = match.kind === 'one' && match.matchedBy.endsWith('-zeros') ? 'Matched after putting back the leading zeros Excel strips.' : null;
  return {
    line: row.line,
    serial: v.serial ?? null,
    assetTag: v.assetTag ?? null,
    vendorOutcome,
    outcome,
    processedDate,
    certificateNumber,
    asset: asset === null ? null : assetRef(asset),
    matchedBy: match.kind === 'one' ? match.matchedBy : null,
    action: verdict.action,
    reviewKind: verdict.kind,
    reason: verdict.reason ?? zeros,
    vendorCondition: v.condition ?? null,
    condition: v.condition === undefined ? null : ctx.conditionOf(v.condition),
  };
}
