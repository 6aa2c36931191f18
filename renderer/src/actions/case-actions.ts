import type { CaseDetail } from '../../../shared/domain/cases/case-views';
import { ESCALATION_WORDS, type EscalationStep, type WriteOffReason } from '../../../shared/domain/cases/vocabulary';
import type { Result } from '../../../shared/errors';
import { call } from '../api/client';
import { useCasesStore } from '../stores/cases-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { base64ToBytes, downloadBytes } from './download-file';
import { notifyError } from './notify-error';

/** Opens a case's page and loads it. */
export async function openCase(caseId: string): Promise<void> {
  useCasesStore.getState().show({ kind: 'case', caseId });
  const result = await call('cases.get', { caseId });
  if (!result.ok) return notifyError(result.error);
  useCasesStore.getState().detailLoaded(result.value);
}

/** Runs one act on the open case: the page shows the answer, the banner says what was recorded. */
async function act(run: Promise<Result<CaseDetail>>, said: (d: CaseDetail) => string): Promise<boolean> {
  const result = await run;
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useCasesStore.getState().detailLoaded(result.value);
  const closedNow = result.value.closedAt !== null;
  useFeedbackStore.getState().notify('success', said(result.value), closedNow ? `Case ${result.value.caseNumber} is closed.` : null);
  return true;
}

export const completeTask = (caseId: string, taskId: string, title: string) => act(call('cases.completeTask', { caseId, taskId }), () => `Done: ${title}`);

export const reclaimLicence = (caseId: string, licenceId: string, name: string) =>
  act(call('cases.reclaimLicence', { caseId, licenceId }), () => `Licence reclaimed: ${name}`);

export const requestRemoteWipe = (caseId: string, assetId: string, label: string) =>
  act(call('cases.requestRemoteWipe', { caseId, assetId }), () => `Remote wipe requested for ${label}`);

export const writeOff = (caseId: string, assetId: string, label: string, reason: WriteOffReason, note: string) =>
  act(call('cases.writeOff', { caseId, assetId, reason, note }), () => `${label} written off`);

export const closeCase = (caseId: string) => act(call('cases.close', { caseId }), (d) => `Case ${d.caseNumber} closed`);

/**
 * Copies the step's message to the clipboard for sending by hand and records that it was sent. If the
 * clipboard refuses, the text stays on screen to select, and nothing is recorded.
 */
export async function copyAndRecordReminder(caseId: string, step: EscalationStep, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    useFeedbackStore.getState().notify('warning', 'The clipboard refused the text', 'Select the message and copy it by hand; then press the button again to record it.');
    return;
  }
  await act(call('cases.recordReminder', { caseId, step }), (d) => `${ESCALATION_WORDS[step]} copied and recorded on ${d.caseNumber}`);
}

/** Sends the step's message through the connected ITSM (RT replies on the case's ticket) and records it. */
export const sendReminder = (caseId: string, step: EscalationStep, itsm: string) =>
  act(call('cases.sendReminder', { caseId, step }), (d) => `${ESCALATION_WORDS[step]} sent through ${itsm} and recorded on ${d.caseNumber}`);

export async function exportPack(caseId: string, format: 'json' | 'pdf'): Promise<void> {
  if (format === 'json') {
    const result = await call('cases.exportPack', { caseId });
    if (!result.ok) return notifyError(result.error);
    downloadBytes(result.value.fileName, result.value.content, 'application/json');
    useFeedbackStore.getState().notify('success', `Evidence pack saved: ${result.value.fileName}`);
    return;
  }
  const result = await call('cases.exportPackPdf', { caseId });
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, base64ToBytes(result.value.pdfBase64), 'application/pdf');
  useFeedbackStore.getState().notify('success', `Evidence pack saved: ${result.value.fileName}`);
}

export async function downloadKit(caseId: string, format: 'pdf' | 'zpl'): Promise<void> {
  if (format === 'zpl') {
    const result = await call('cases.kitZpl', { caseId });
    if (!result.ok) return notifyError(result.error);
    downloadBytes(result.value.fileName, result.value.zpl, 'application/octet-stream');
    useFeedbackStore.getState().notify('success', `Saved ${result.value.fileName}`);
    return;
  }
  const result = await call('cases.kitPdf', { caseId });
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, base64ToBytes(result.value.pdfBase64), 'application/pdf');
  useFeedbackStore.getState().notify('success', `Saved ${result.value.fileName}`);
}

/** Sends the kit's labels to a Zebra printer's raw port. */
export async function printKit(caseId: string, host: string, port: number): Promise<void> {
  const result = await call('cases.printKit', { caseId, host, port });
  if (!result.ok) return notifyError(result.error);
  useFeedbackStore.getState().notify('success', `Labels sent to ${result.value.printer}`, `${result.value.bytes} bytes of ZPL: the packing slip and the return label.`);
}

export const recordShipment = (caseId: string, carrier: string, trackingNumber: string) =>
  act(call('cases.recordShipment', { caseId, carrier, trackingNumber }), () => `Shipment recorded: ${carrier} ${trackingNumber}`);
