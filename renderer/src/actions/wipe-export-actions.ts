import type { Period } from '../../../shared/domain/sanitization/wipe-inputs';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { base64ToBytes, downloadBytes } from './download-file';
import { notifyError } from './notify-error';

export async function downloadBatchCertificate(period: Period): Promise<boolean> {
  const result = await call('wipes.batchCertificate', period);
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  downloadBytes(result.value.fileName, base64ToBytes(result.value.pdfBase64), 'application/pdf');
  useFeedbackStore.getState().notify('success', `Batch certificate ready: ${result.value.devices} device(s), ${result.value.media} drive(s)`, result.value.fileName);
  return true;
}

export async function downloadWipeCsv(period: Period | null): Promise<boolean> {
  const result = await call('wipes.exportCsv', { period });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  downloadBytes(result.value.fileName, result.value.content, 'text/csv;charset=utf-8');
  useFeedbackStore.getState().notify('success', `Exported ${result.value.rows} wipe record(s) as CSV`, result.value.fileName);
  return true;
}
