import { LEVEL_WORDS, STANDARD_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../../shared/domain/sanitization/vocabulary';
import { wipeCompletedPayload, wipeFailedPayload, wipeStartedPayload, type MediumSnapshot } from '../../../shared/domain/sanitization/wipe-payloads';
import type { EventView } from '../../../shared/views';

const drive = (m: MediumSnapshot): string => `Drive ${m.serial ?? '(no serial)'}`;

/** A wipe event in a line for the custody history; '' for a payload this version cannot read. */
export function wipeEventSummary(event: Pick<EventView, 'type' | 'payload'>): string {
  if (event.type === 'wipe_started') {
    const p = wipeStartedPayload.safeParse(event.payload);
    return p.success ? `${drive(p.data.medium)} · ${LEVEL_WORDS[p.data.level]} by ${TECHNIQUE_WORDS[p.data.technique]} with ${p.data.tool} ${p.data.toolVersion}`.trim() : '';
  }
  if (event.type === 'wipe_failed') {
    const p = wipeFailedPayload.safeParse(event.payload);
    return p.success ? `${drive(p.data.medium)} · FAILED: ${p.data.failureReason} · ${p.data.tool} ${p.data.toolVersion}` : '';
  }
  if (event.type !== 'wipe_completed') return '';
  const p = wipeCompletedPayload.safeParse(event.payload);
  if (!p.success) return '';
  if (p.data.kind === 'validation') return `Validated by ${p.data.by.name} (${p.data.by.technicianId})${p.data.assetSanitized ? ' · device sanitized to policy' : ''}`;
  const r = p.data;
  return [
    drive(r.medium),
    `${LEVEL_WORDS[r.level]} by ${TECHNIQUE_WORDS[r.technique]} (${STANDARD_WORDS[r.standard]})`,
    `${r.tool} ${r.toolVersion}`,
    `verification ${VERIFICATION_WORDS[r.verification]}`,
    r.policy.meetsPolicy ? 'meets policy' : r.policy.shortfalls.join(' '),
    r.assetSanitized ? 'device sanitized to policy' : '',
  ]
    .filter((part) => part !== '')
    .join(' \u00b7 ');
}
