import { call } from '../api/client';
import { assetLabel } from '../format/asset-words';
import { errorText } from '../format/error-text';
import { draftCondition, type GradeDraft } from '../grading/grade-draft';
import { useAssetStore } from '../stores/asset-store';
import { useFeedbackStore } from '../stores/feedback-store';
import { useStationStore } from '../stores/station-store';
import { notifyError } from './notify-error';

export async function loadAsset(assetId: string): Promise<void> {
  const store = useAssetStore.getState();
  store.loadingStarted();
  const result = await call('assets.detail', { assetId });
  if (!result.ok) return useAssetStore.getState().failed(errorText(result.error).title);
  useAssetStore.getState().loaded(result.value);
}

/** Adds a note to the custody log. True when recorded. */
export async function addNote(assetId: string, text: string): Promise<boolean> {
  const result = await call('assets.note', { assetId, text });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', `Note added to ${assetLabel(result.value.asset)}`);
  await loadAsset(assetId);
  return true;
}

/** Grades a device after receipt (for one taken in with Quick receive). True when recorded. */
export async function gradeLater(assetId: string, draft: GradeDraft): Promise<boolean> {
  const feedback = useFeedbackStore.getState();
  const condition = draftCondition(draft, useStationStore.getState().settings.gradingScheme);
  if (!condition.ok) {
    feedback.notify('warning', condition.problem);
    return false;
  }
  const result = await call('assets.grade', {
    assetId,
    condition: condition.condition,
    damage: [...draft.damage],
    accessories: [...draft.accessories],
    note: draft.note.trim(),
  });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  const asset = result.value.asset;
  feedback.notify('success', `Graded ${assetLabel(asset)} \u2014 ${asset.state.condition ?? 'not graded'}`);
  await loadAsset(assetId);
  return true;
}

/** Offers the evidence file as a download, straight from memory (no network, no file system access). */
function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportEvidence(assetId: string): Promise<void> {
  const result = await call('custody.exportEvidence', { assetId });
  if (!result.ok) return notifyError(result.error);
  download(result.value.fileName, result.value.content);
  useFeedbackStore.getState().notify('success', 'Evidence exported', result.value.fileName);
}
