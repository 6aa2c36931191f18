import type { AssetState } from '../../../shared/domain/asset';
import type { EventType } from '../../../shared/domain/events';
import { conditionCode, REC_COSMETIC, REC_FUNCTIONAL, type Condition } from '../../../shared/domain/grading';
import type { CatalogueAsset } from './catalogue';
import type { Prng } from '../../support/prng';

export interface PayloadContext {
  readonly asset: CatalogueAsset;
  readonly state: AssetState;
  /** The receiving batch a 'received' event belongs to. */
  readonly batchId: string;
  readonly dockLocation: string;
  readonly prng: Prng;
}

const DAMAGE = ['SCREEN_CRACK', 'CASE_DENT', 'KEYS_MISSING', 'HINGE', 'BATTERY_SWELL'];
const ACCESSORIES = ['CHARGER', 'DOCK', 'CASE', 'CABLE'];
const VENDORS = ['GreenCycle ITAD', 'Apto Remarketing', 'SecureShred Ltd'];
const OUTCOMES = ['remarketed', 'recycled', 'destroyed'];

function grade(prng: Prng): Condition {
  const functional = prng.pick(REC_FUNCTIONAL.slice(0, 7)).code;
  return { scheme: 'r2v3-rec', functional, cosmetic: prng.pick(REC_COSMETIC).code };
}

/** A well-formed payload for each kind of event, as the core (or the later wipe and pickup flows) would write it. */
export function payloadFor(type: EventType, ctx: PayloadContext): Record<string, unknown> {
  const { asset, state, prng } = ctx;
  switch (type) {
    case 'asset_registered':
      return {
        assetTag: asset.assetTag,
        serial: asset.serial,
        make: asset.make,
        model: asset.model,
        assetClass: asset.assetClass,
        sensitivity: asset.sensitivity,
        custodian: asset.custodian,
      };
    case 'note':
      return { text: `Return reminder sent to ${asset.custodian}` };
    case 'received':
      return { batchId: ctx.batchId, source: prng.next() < 0.9 ? 'wedge' : 'keyboard', scanned: asset.assetTag, location: ctx.dockLocation, fromCustodian: state.custodian ?? asset.custodian };
    case 'condition_recorded': {
      const condition = grade(prng);
      return {
        condition,
        code: conditionCode(condition),
        damage: prng.next() < 0.2 ? [prng.pick(DAMAGE)] : [],
        accessories: prng.next() < 0.7 ? [prng.pick(ACCESSORIES)] : [],
        note: '',
      };
    }
    case 'wipe_started':
      return { level: 'purge', technique: 'crypto-erase', standard: 'NIST SP 800-88 Rev. 1', tool: 'Blancco Drive Eraser', toolVersion: '7.12' };
    case 'wipe_completed':
      return { level: 'purge', result: 'passed', verification: 'full' };
    case 'wipe_failed':
      return { level: 'purge', result: 'failed', reason: 'drive not detected' };
    case 'staged_for_pickup':
      return { container: `PALLET-${String(prng.int(10_000)).padStart(4, '0')}` };
    case 'picked_up':
      return { vendor: prng.pick(VENDORS), manifest: `MAN-${String(prng.int(100_000)).padStart(5, '0')}` };
    case 'disposition_confirmed':
      return { outcome: prng.pick(OUTCOMES), certificate: `COS-${String(prng.int(1_000_000)).padStart(6, '0')}` };
    case 'reported_missing':
      return { reason: 'not returned by the deadline' };
    case 'substitution_found':
      return { expectedSerial: asset.serial, foundSerial: 'UNKNOWN' };
    case 'case_returned':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', receivedEventId: 'bench-event', batchId: ctx.batchId };
    case 'remote_lock_requested':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', reason: 'high-sensitivity device' };
    case 'remote_wipe_requested':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', deadline: '2026-01-05' };
    case 'return_reminder_sent':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', step: 'employee', recipient: asset.custodian, channel: 'manual', deadline: '2026-01-05', messageSha256: '0'.repeat(64) };
    case 'written_off':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', reason: 'lost', note: '' };
    case 'pickup_withdrawn':
      return { sessionId: 'PU-BENCH', reason: 'left behind', statusBefore: 'wiped', correction: false };
    case 'pickup_corrected':
      return { sessionId: 'PU-BENCH', text: 'seal number corrected' };
    case 'case_closed':
      return { caseId: 'bench-case', caseNumber: 'RET-000001', assets: 1, licences: 0 };
  }
}
