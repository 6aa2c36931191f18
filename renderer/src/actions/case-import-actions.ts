import { call } from '../api/client';
import { useCasesStore } from '../stores/cases-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { refreshCases } from './case-list-actions';
import { bytesToBase64 } from './download-file';
import { notifyError } from './notify-error';

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads the chosen HRIS file and shows what each line would do; nothing is written. */
export async function chooseCaseFile(file: File): Promise<void> {
  const feedback = useFeedbackStore.getState();
  if (file.size > MAX_BYTES) {
    useCasesStore.getState().previewed(null);
    feedback.notify('error', `${file.name} is far too large to be an HRIS export`, 'The limit is 5 MB. Nothing was imported.');
    return;
  }
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  useCasesStore.getState().importChosen({ fileName: file.name, contentBase64 });
  const result = await call('cases.previewImport', { fileName: file.name, contentBase64 });
  if (!result.ok) return notifyError(result.error);
  useCasesStore.getState().previewed(result.value);
  const p = result.value;
  if (p.fileProblem !== null) feedback.notify('error', `${file.name} cannot be read`, p.fileProblem);
  else feedback.notify(p.refused > 0 ? 'warning' : 'info', `${p.accepted} line(s) will open a case, ${p.refused} refused`, 'Check the refused lines, then import.');
}

/** Reads the ITSM's returns queue and shows what each unclaimed ticket would do; nothing is written. */
export async function previewItsm(connectorId: string): Promise<void> {
  useCasesStore.getState().itsmChosen(connectorId);
  const result = await call('cases.pullItsm', { connectorId, apply: false });
  if (!result.ok) return notifyError(result.error);
  useCasesStore.getState().previewed(result.value);
  const p = result.value;
  useFeedbackStore.getState().notify(p.refused > 0 ? 'warning' : 'info', `${p.accepted} ticket(s) will open a case, ${p.refused} refused`, 'Check the refused tickets, then open the cases.');
}

/** Opens the cases of the accepted lines or tickets (all of them or none). */
export async function importCaseFile(): Promise<void> {
  const { importFile: file, itsmConnector } = useCasesStore.getState();
  if (file === null && itsmConnector === null) return;
  const result = file !== null ? await call('cases.import', file) : await call('cases.pullItsm', { connectorId: itsmConnector ?? '', apply: true });
  if (!result.ok) return notifyError(result.error);
  const r = result.value;
  useFeedbackStore
    .getState()
    .notify(r.refused > 0 ? 'warning' : 'success', `Opened ${r.opened.length} case(s) from ${r.fileName}`, `${r.refused} line(s) refused; ${r.remoteLocksRequested} remote lock(s) requested.${(r.ticketsResolved ?? []).length > 0 ? ` Tickets of closed cases resolved: ${(r.ticketsResolved ?? []).join(', ')}.` : ''}`);
  useCasesStore.getState().previewed(null);
  useCasesStore.getState().show({ kind: 'list' });
  await refreshCases();
}
