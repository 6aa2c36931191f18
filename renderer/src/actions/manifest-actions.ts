import type { ManifestPreview } from '../../../shared/domain/pickups/pickup-views';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { notifyError } from './notify-error';
import { downloadBytes } from './download-file';
import { openSession } from './pickup-actions';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads a chosen manifest file and asks the core what importing it would do. Nothing is written. */
export async function previewManifest(sessionId: string, file: File): Promise<{ preview: ManifestPreview; text: string } | null> {
  if (file.size > MAX_FILE_BYTES) {
    useFeedbackStore.getState().notify('error', 'That file is over 50 MB: it is not a manifest Dockside can read.', 'Nothing was imported. Split it, or export only this pickup from the vendor\u2019s system.');
    return null;
  }
  const text = await file.text();
  const result = await call('pickups.previewManifest', { sessionId, fileName: file.name, text });
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  const p = result.value;
  useFeedbackStore.getState().notify(p.problemCount > 0 ? 'warning' : 'info', `${p.adds} line${p.adds === 1 ? '' : 's'} to add from ${p.fileName}`, p.problemCount > 0 ? `${p.problemCount} line${p.problemCount === 1 ? '' : 's'} cannot be read: see the reasons below.` : null);
  return { preview: p, text };
}

export async function importManifest(sessionId: string, fileName: string, text: string): Promise<boolean> {
  const result = await call('pickups.importManifest', { sessionId, fileName, text });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  const r = result.value;
  await openSession(sessionId);
  useFeedbackStore.getState().notify(r.problemCount > 0 ? 'warning' : 'success', `${r.added} manifest line${r.added === 1 ? '' : 's'} added`, r.problemCount > 0 ? `${r.problemCount} line${r.problemCount === 1 ? ' was' : 's were'} not imported (reasons shown in the preview).` : null);
  return true;
}

export async function downloadManifest(sessionId: string): Promise<void> {
  const result = await call('pickups.exportManifest', { sessionId });
  if (!result.ok) return notifyError(result.error);
  downloadBytes(result.value.fileName, result.value.content, 'text/csv;charset=utf-8');
  useFeedbackStore.getState().notify('success', `Manifest ready: ${result.value.rows} line${result.value.rows === 1 ? '' : 's'}`, result.value.fileName);
}
