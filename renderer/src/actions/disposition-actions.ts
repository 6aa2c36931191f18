import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useFeedbackStore } from '../stores/feedback-store';
import { useVendorViewStore } from '../stores/vendor-view-store';
import { useVendorsStore } from '../stores/vendors-store';
import { csvTooBig } from './csv-size';
import { bytesToBase64 } from './download-file';
import { notifyError } from './notify-error';

/** Asks the core again what importing the chosen report would do; announce: a banner and sound for the new preview. */
async function previewChosen(announce = true): Promise<void> {
  const report = useVendorsStore.getState().report;
  if (report === null) return;
  const result = await call('vendors.previewDisposition', report);
  if (!result.ok) {
    const { title, detail } = errorText(result.error);
    useVendorsStore.getState().previewed(null, detail === null ? title : `${title} ${detail}`);
    return notifyError(result.error);
  }
  useVendorsStore.getState().previewed(result.value, null);
  if (!announce) return;
  const c = result.value.counts;
  const feedback = useFeedbackStore.getState();
  if (result.value.importedBefore !== null) feedback.notify('warning', 'This report was already imported', 'Nothing will be recorded twice.');
  else feedback.notify(c.review + c.notMentioned > 0 ? 'warning' : 'info', `${c.record} to record, ${c.review + c.notMentioned} to review`, 'Check the lines, then import.');
}

/** Reads the chosen report and asks the core what importing it would do. Nothing is written. */
export async function chooseReport(vendorId: string, file: File): Promise<void> {
  const detail = csvTooBig(file);
  if (detail !== null) {
    useVendorsStore.getState().chosen(null);
    useVendorsStore.getState().previewed(null, `That file is too big to be a disposition report. ${detail}`);
    useFeedbackStore.getState().notify('error', 'That file is larger than 50 MB', `${detail} Nothing was read or recorded.`);
    return;
  }
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  useVendorsStore.getState().chosen({ vendorId, fileName: file.name, contentBase64 });
  await previewChosen();
}

/** Another vendor chosen while a report is read: the same file previewed again through that vendor's mapping. */
export async function reportForVendor(vendorId: string): Promise<void> {
  const report = useVendorsStore.getState().report;
  if (report === null || report.vendorId === vendorId) return;
  useVendorsStore.getState().chosen({ ...report, vendorId });
  await previewChosen();
}

/** Records the previewed report (all matched lines or none); the review queue shows what is left. */
export async function importPreviewed(): Promise<boolean> {
  const { report, preview } = useVendorsStore.getState();
  if (report === null || preview === null) return false;
  const result = await call('vendors.importDisposition', { ...report, fileSha256: preview.fileSha256, planSha256: preview.planSha256 });
  if (!result.ok) {
    notifyError(result.error);
    await previewChosen(false);
    return false;
  }
  const r = result.value;
  useFeedbackStore.getState().notify(r.queued > 0 ? 'warning' : 'success', `Imported ${r.fileName}: ${r.recorded} disposition(s) recorded`, `${r.already} already recorded before; ${r.queued} new item(s) in the review queue.`);
  useVendorsStore.getState().chosen(null);
  useVendorViewStore.getState().show({ kind: r.queued > 0 ? 'review' : 'list' });
  return true;
}
