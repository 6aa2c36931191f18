import { createHash } from 'node:crypto';
import type { EscalationDraft, EscalationMessage } from '../../../shared/domain/cases/case-views';
import { escalationMessage } from '../../../shared/domain/cases/messages';
import { ESCALATION_STEPS, type EscalationStep, type WriteOffReason } from '../../../shared/domain/cases/vocabulary';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { appendCaseEvent } from './store/case-events';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { caseDetail } from './case-detail';
import { openCaseHeader } from './case-guard';
import { caseHeader } from './store/case-store';
import { itsmChannel } from './itsm/itsm-channel';
import { readCasePolicy } from './store/case-policy-store';
import { recipientAddress } from '../../../shared/domain/cases/recipient-address';

/** The message a step would send now (for the desk to read, then copy or send), its address, and the ITSM it can go through. */
export function messageFor(env: CoreEnv, caseId: string, step: EscalationStep): EscalationDraft {
  const detail = caseDetail(env.db, caseId, env.clock.now());
  const policy = readCasePolicy(env.db).policy;
  const message = escalationMessage(detail, step, policy);
  return { ...message, itsm: itsmChannel(env.db)?.name ?? null, missingAddress: recipientAddress(detail, policy, step).missing };
}

/**
 * Records that an escalation step was sent (copied for manual sending, or through the ITSM): one
 * custody event on every asset still out, naming the recipient and carrying the exact text and its hash.
 * Only the next step due can be sent, so the ladder is climbed in order. Sent through the ITSM, the
 * events reach the RT connector through the outbox, which posts the text on the case's ticket once.
 */
export function recordReminder(env: CoreEnv, session: Session, caseId: string, step: EscalationStep, channel: 'manual' | 'itsm'): EscalationMessage {
  const { db, clock } = env;
  return db.transaction(() => {
    openCaseHeader(db, caseId);
    const detail = caseDetail(db, caseId, clock.now());
    if (detail.nextStep !== step) {
      throw new DocksideError('CASE_STEP_NOT_DUE', `${step} is not the step due on ${detail.caseNumber} (due: ${detail.nextStep ?? 'none'})`, {
        due: detail.nextStep,
        order: ESCALATION_STEPS.join(','),
      });
    }
    const message = escalationMessage(detail, step, readCasePolicy(db).policy);
    const messageSha256 = createHash('sha256').update(`${message.subject}\n${message.body}`).digest('hex');
    const site = readSettings(db).site;
    for (const a of detail.assets) {
      if (a.state !== 'overdue' && a.state !== 'outstanding') continue;
      appendCaseEvent(env, {
        caseId,
        caseNumber: detail.caseNumber,
        assetId: a.assetId,
        technicianId: session.technicianId,
        site,
        fact: { type: 'return_reminder_sent', step, recipient: message.recipient, ...(message.address === null ? {} : { address: message.address }), channel, deadline: a.deadline, messageSha256, subject: message.subject, body: message.body },
      });
    }
    return message;
  })();
}

/**
 * Sends the step due through the connected ITSM: refused, with nothing recorded, when no RT connector is set up or
 * when the step has no address to send to (it can then only be copied).
 */
export function sendReminder(env: CoreEnv, session: Session, caseId: string, step: EscalationStep): EscalationMessage {
  const channel = itsmChannel(env.db);
  if (channel === null) throw new DocksideError('CASE_NO_ITSM', 'No Request Tracker connector is enabled');
  const to = recipientAddress(caseHeader(env.db, caseId), readCasePolicy(env.db).policy, step);
  if (to.address === null) throw new DocksideError('CASE_NO_ADDRESS', to.missing, { step });
  return recordReminder(env, session, caseId, step, 'itsm');
}

/** Requests a remote wipe of a high-sensitivity device that is late. */
export function requestRemoteWipe(env: CoreEnv, session: Session, caseId: string, assetId: string): void {
  const { db, clock } = env;
  db.transaction(() => {
    openCaseHeader(db, caseId);
    const detail = caseDetail(db, caseId, clock.now());
    const asset = detail.assets.find((a) => a.assetId === assetId);
    if (asset === undefined) throw new DocksideError('CASE_ASSET_NOT_ON_CASE', `${assetId} is not on ${detail.caseNumber}`);
    if (!asset.remoteWipeDue) throw new DocksideError('CASE_REMOTE_WIPE_NOT_DUE', `${asset.label}: remote wipe not due`);
    appendCaseEvent(env, {
      caseId,
      caseNumber: detail.caseNumber,
      assetId,
      technicianId: session.technicianId,
      site: readSettings(db).site,
      fact: { type: 'remote_wipe_requested', deadline: asset.deadline },
    });
  })();
}

/** A supervisor writes off a device that will not come back, with the reason. */
export function writeOff(env: CoreEnv, session: Session, caseId: string, assetId: string, reason: WriteOffReason, note: string): void {
  const { db, clock } = env;
  db.transaction(() => {
    openCaseHeader(db, caseId);
    const detail = caseDetail(db, caseId, clock.now());
    const asset = detail.assets.find((a) => a.assetId === assetId);
    if (asset === undefined) throw new DocksideError('CASE_ASSET_NOT_ON_CASE', `${assetId} is not on ${detail.caseNumber}`);
    if (asset.state !== 'outstanding' && asset.state !== 'overdue') throw new DocksideError('CASE_ALREADY_RECORDED', `${asset.label} is ${asset.state}`);
    appendCaseEvent(env, {
      caseId,
      caseNumber: detail.caseNumber,
      assetId,
      technicianId: session.technicianId,
      site: readSettings(db).site,
      fact: { type: 'written_off', reason, note },
    });
  })();
}
