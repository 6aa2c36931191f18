import type { Resolution } from '../../../shared/domain/pickups/line-state';
import type { SessionFilter } from '../../../shared/domain/pickups/pickup-inputs';
import type { StagingPurpose } from '../../../shared/domain/pickups/pickup-payloads';
import type { SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { Result } from '../../../shared/errors';
import { call } from '../api/client';
import type { ScanEntry } from '../scan/entry';
import { useFeedbackStore } from '../stores/feedback-store';
import { usePickupsStore } from '../stores/pickups-store';
import { notifyError } from './notify-error';
import { base64ToBytes, downloadBytes } from './download-file';

const feedback = () => useFeedbackStore.getState();
const store = () => usePickupsStore.getState();

export async function loadOverview(): Promise<void> {
  const result = await call('pickups.overview', {});
  if (!result.ok) return notifyError(result.error);
  store().overviewLoaded(result.value);
}

export async function stageReady(): Promise<void> {
  const result = await call('pickups.stageReady', {});
  if (!result.ok) return notifyError(result.error);
  const n = result.value.staged;
  feedback().notify(n === 0 ? 'info' : 'success', n === 0 ? 'Nothing to stage: no sanitized device is waiting' : `${n} device${n === 1 ? '' : 's'} staged for pickup`);
  await loadOverview();
}

export async function stageEntry(entry: ScanEntry, purpose: StagingPurpose): Promise<void> {
  if (entry.value.trim() === '') return;
  const result = await call('pickups.stageScan', { raw: entry.value, purpose });
  if (!result.ok) return notifyError(result.error);
  const { staged, label } = result.value;
  if (staged === 0) feedback().notify('warning', `${label ?? entry.value} is already staged`);
  else feedback().notify('success', `${label ?? entry.value} staged for pickup`, purpose === 'destruction' ? 'Marked for destruction by the vendor.' : null);
  await loadOverview();
}

export async function openSession(sessionId: string): Promise<void> {
  const result = await call('pickups.session', { sessionId });
  if (!result.ok) return notifyError(result.error);
  store().sessionLoaded(result.value);
  store().show({ kind: 'session', sessionId });
}

export async function createSession(vendorId: string, fromStaged: boolean): Promise<void> {
  const result = await call('pickups.create', { vendorId, fromStaged });
  if (!result.ok) return notifyError(result.error);
  store().sessionLoaded(result.value);
  store().show({ kind: 'session', sessionId: result.value.summary.sessionId });
  feedback().notify('success', `Pickup ${result.value.summary.reference} opened`, `${result.value.summary.counters.expected} devices expected. Open a pallet or box, then scan.`);
}

/** Runs a command that answers with the whole session, and shows it. True when it worked. */
async function sessionCommand(run: Promise<Result<SessionView>>, success: string): Promise<boolean> {
  const result = await run;
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  store().sessionLoaded(result.value);
  feedback().notify('success', success);
  return true;
}

export const openContainer = (sessionId: string, kind: 'pallet' | 'box', label: string, seal: string) =>
  sessionCommand(call('pickups.openContainer', { sessionId, kind, label, seal }), `${kind === 'pallet' ? 'Pallet' : 'Box'} ${label} open: scans go into it`);

export const sealContainer = (sessionId: string, containerId: string, seal: string) =>
  sessionCommand(call('pickups.sealContainer', { sessionId, containerId, seal }), `Seal ${seal} recorded`);

export const resolveLine = (sessionId: string, lineNo: number, resolution: Resolution, reason: string) =>
  sessionCommand(call('pickups.resolve', { sessionId, lineNo, resolution, reason }), `Line ${lineNo} resolved`);

export const signAsDriver = (sessionId: string, name: string, company: string, vehicle: string, png: string) =>
  sessionCommand(call('pickups.sign', { sessionId, role: 'driver', name, company, vehicle, png }), `Driver ${name} signed`);

export const signAsTechnician = (sessionId: string, png: string) => sessionCommand(call('pickups.sign', { sessionId, role: 'technician', png }), 'Technician signed');

export const signOff = (sessionId: string, technicianId: string, pin: string, note: string) =>
  sessionCommand(call('pickups.signOff', { sessionId, supervisor: { technicianId, pin }, note }), 'Session signed off and locked');

export const correctSession = (sessionId: string, lineNo: number | null, withdraw: boolean, text: string) =>
  sessionCommand(call('pickups.correct', { sessionId, lineNo, withdraw, text }), 'Correction recorded');

async function sendScan(sessionId: string, raw: string, source: ScanEntry['source'], override: { technicianId: string; pin: string; reason: string } | null): Promise<void> {
  const result = await call('pickups.scan', {
    sessionId,
    raw,
    source,
    override: override === null ? null : { supervisor: { technicianId: override.technicianId, pin: override.pin }, reason: override.reason },
  });
  if (!result.ok) return notifyError(result.error);
  const outcome = result.value;
  if (outcome.kind === 'refused') {
    store().countersSeen(outcome.counters);
    store().setPending(outcome.canOverride ? { raw, source, label: outcome.label, reasons: outcome.reasons } : null);
    feedback().notify('error', `Refused: ${outcome.label}`, `${outcome.reasons.join(' ')}${outcome.canOverride ? ' A supervisor may override with their PIN.' : ''}`);
    return;
  }
  store().lineScanned(outcome.line, outcome.counters);
  const label = outcome.line.assetTag ?? outcome.line.scannedValue ?? outcome.line.serial ?? raw;
  const where = outcome.line.containerLabel ?? '';
  switch (outcome.kind) {
    case 'matched':
      feedback().notify('success', `${label} matched`, outcome.overridden ? `Into ${where}. Refusal overridden by a supervisor.` : `Into ${where}.`);
      break;
    case 'substituted':
      feedback().notify('warning', `Substitution: ${label}`, (outcome.line.substitution ?? []).join(' '));
      break;
    case 'unexpected':
      feedback().notify('warning', `Not on the manifest: ${label}`, `Recorded into ${where}; resolve it before sign-off.`);
      break;
    case 'duplicate':
      feedback().notify('warning', `Already scanned: ${label}`, 'Nothing was recorded twice.');
      break;
  }
  if ((store().session?.signatures.length ?? 0) > 0) await openSession(sessionId);
}

export async function pickupScanEntry(sessionId: string, entry: ScanEntry): Promise<void> {
  if (entry.value.trim() === '') return;
  await sendScan(sessionId, entry.value, entry.source, null);
}

export async function overrideScan(sessionId: string, technicianId: string, pin: string, reason: string): Promise<void> {
  const pending = store().pending;
  if (pending === null) return;
  await sendScan(sessionId, pending.raw, pending.source, { technicianId, pin, reason });
}

export async function downloadReceipt(sessionId: string): Promise<void> {
  const result = await call('pickups.receipt', { sessionId });
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, base64ToBytes(result.value.pdfBase64), 'application/pdf');
  feedback().notify('success', 'Receipt ready', result.value.fileName);
}

export async function loadReview(filter: SessionFilter): Promise<void> {
  const result = await call('pickups.list', filter);
  if (!result.ok) return notifyError(result.error);
  store().reviewLoaded(result.value);
}
