import { CASE_NUMBER_PATTERN } from '../../../shared/domain/cases/vocabulary';
import type { CaseReturnNote } from '../../../shared/domain/cases/case-views';
import { call } from '../api/client';
import { useCasesStore } from '../stores/cases-store';
import { useDockCaseStore } from '../stores/dock-case-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { notifyError } from './notify-error';

/** Whether a scan is a case barcode from a return kit rather than a device. */
export const isCaseBarcode = (raw: string): boolean => CASE_NUMBER_PATTERN.test(raw.trim().toUpperCase());

/**
 * A return kit's barcode: at the dock it opens the case's expected list beside the scan field; on the
 * Returns screen it opens the case page.
 */
export async function openCaseByBarcode(raw: string, where: 'dock' | 'returns'): Promise<void> {
  if (raw.trim() === '') return;
  const result = await call('cases.byBarcode', { raw });
  if (!result.ok) return notifyError(result.error);
  const detail = result.value;
  const expected = detail.assets.filter((a) => a.state === 'outstanding' || a.state === 'overdue').length;
  if (where === 'dock') useDockCaseStore.getState().opened(detail);
  else {
    useCasesStore.getState().show({ kind: 'case', caseId: detail.caseId });
    useCasesStore.getState().detailLoaded(detail);
  }
  useFeedbackStore.getState().notify('info', `Case ${detail.caseNumber}: ${detail.employeeName || detail.employeeId}`, `${expected} item(s) expected back. Scan each device.`);
}

/** After a receipt: refresh the dock's open case, and say which case the device was ticked off. */
export async function caseReturnNoted(note: CaseReturnNote): Promise<{ readonly text: string; readonly otherCase: boolean }> {
  const open = useDockCaseStore.getState().detail;
  if (open !== null) {
    const result = await call('cases.get', { caseId: open.caseId });
    if (result.ok) useDockCaseStore.getState().opened(result.value);
  }
  const own = `${note.returned} of ${note.expected} back on case ${note.caseNumber} (${note.employeeName})`;
  if (open !== null && open.caseId !== note.caseId) return { text: `Not on the open case ${open.caseNumber}: linked to its own case. ${own}`, otherCase: true };
  return { text: `Ticked off: ${own}`, otherCase: false };
}
