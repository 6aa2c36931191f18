import type { NwipeAnswer, ValidatorInput } from '../../../shared/domain/sanitization/wipe-inputs';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useFeedbackStore } from '../stores/feedback-store';
import { useNwipeImportStore } from '../stores/nwipe-import-store';
import { bytesToBase64 } from './download-file';
import { notifyError } from './notify-error';
import { backToQueue } from './wipe-nav-actions';

/** Reads the chosen file's bytes exactly (so the same log is recognised again) and asks the core what it would record. */
export async function chooseLog(file: File, utcOffsetMinutes: number, hostHint: string): Promise<void> {
  const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  useNwipeImportStore.getState().chosen({ fileName: file.name, contentBase64 });
  await previewLog(utcOffsetMinutes, hostHint);
}

export async function previewLog(utcOffsetMinutes: number, hostHint: string): Promise<void> {
  const log = useNwipeImportStore.getState().log;
  if (log === null) return;
  const result = await call('wipes.previewNwipe', { ...log, utcOffsetMinutes, hostHint });
  const feedback = useFeedbackStore.getState();
  if (!result.ok) {
    const { title, detail } = errorText(result.error);
    useNwipeImportStore.getState().failed(detail === null ? title : `${title} ${detail}`);
    return notifyError(result.error);
  }
  useNwipeImportStore.getState().previewed(result.value);
  if (result.value.alreadyImported !== null) feedback.notify('warning', 'This log was already imported', 'Nothing will be recorded twice.');
  else feedback.notify('info', `${result.value.fileName}: ${result.value.outcome}`, 'Check what will be recorded, answer what the log does not say, then import.');
}

/** Imports the previewed log; on success the queue comes back with the outcome in the banner. */
export async function importLog(utcOffsetMinutes: number, answers: readonly NwipeAnswer[], validator: ValidatorInput | null): Promise<boolean> {
  const log = useNwipeImportStore.getState().log;
  if (log === null) return false;
  const result = await call('wipes.importNwipe', { ...log, utcOffsetMinutes, answers: [...answers], validator });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  backToQueue();
  const records = result.value.records;
  const failed = records.filter((r) => r.result === 'fail').length;
  const summary = records.map((r) => `${r.label}: ${r.result === 'pass' ? 'passed' : 'FAILED'}${r.assetSanitized ? ', sanitized to policy' : ', still in the queue'}`).join(' · ');
  useFeedbackStore.getState().notify(failed > 0 ? 'warning' : 'success', `Imported ${records.length} wipe record(s) from ${log.fileName}`, summary);
  useNwipeImportStore.getState().reset();
  return true;
}
