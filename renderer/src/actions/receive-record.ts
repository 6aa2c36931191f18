import type { AssetView } from '../../../shared/domain/asset';
import { call } from '../api/client';
import { assetLabel } from '../format/asset-words';
import { draftCondition, EMPTY_DRAFT, type GradeDraft } from '../grading/grade-draft';
import type { ScanEntry } from '../scan/entry';
import { useFeedbackStore } from '../stores/feedback-store';
import { useReceiveStore } from '../stores/receive-store';
import { useStationStore } from '../stores/station-store';
import { notifyError } from './notify-error';
import { refreshBatch } from './receive-batch';
import { caseReturnNoted } from './dock-case-actions';

export type ReceiveResult = 'recorded' | 'already-in-batch' | 'refused';

/** Records the receipt (and the grade, if any) of one device in the open batch. */
export async function receiveAsset(asset: AssetView, entry: ScanEntry, draft: GradeDraft): Promise<ReceiveResult> {
  const feedback = useFeedbackStore.getState();
  const batch = useReceiveStore.getState().batch;
  if (batch === null) {
    feedback.notify('error', 'No receiving batch is open. Press \u201cNew batch\u201d, then scan again.');
    return 'refused';
  }
  const condition = draftCondition(draft, useStationStore.getState().settings.gradingScheme);
  if (!condition.ok) {
    feedback.notify('warning', condition.problem);
    return 'refused';
  }
  const result = await call('receiving.receive', {
    batchId: batch.batchId,
    assetId: asset.id,
    source: entry.source,
    scanned: entry.value.slice(0, 256),
    condition: condition.condition,
    damage: [...draft.damage],
    accessories: [...draft.accessories],
    note: draft.note.trim(),
  });
  if (!result.ok && result.error.code === 'DUPLICATE_IN_BATCH') {
    feedback.notify('warning', 'Already received in this batch', `${assetLabel(asset)} was not recorded again.`);
    return 'already-in-batch';
  }
  if (!result.ok) {
    notifyError(result.error);
    return 'refused';
  }
  const received = result.value.asset;
  const caseReturn = result.value.caseReturn ?? null;
  const onCase = caseReturn === null ? null : await caseReturnNoted(caseReturn);
  feedback.notify(onCase?.otherCase === true ? 'warning' : 'success', `Received ${assetLabel(received)} \u2014 ${received.state.condition ?? 'not graded'}`, onCase?.text ?? null);
  void refreshBatch();
  return 'recorded';
}

/** Enter on an empty scan field (or the Confirm button): records the open card. */
export async function confirmCard(): Promise<void> {
  const card = useReceiveStore.getState().card;
  if (card === null) return;
  if ((await receiveAsset(card.lookup.asset, card.entry, card.draft)) !== 'refused') useReceiveStore.getState().closeCard();
}

/** Quick receive: a known device is received at once, ungraded. */
export function receiveUngraded(asset: AssetView, entry: ScanEntry): Promise<ReceiveResult> {
  return receiveAsset(asset, entry, EMPTY_DRAFT);
}

/** Esc: closes the open card or form; nothing is recorded. */
export function cancelOpen(): void {
  const store = useReceiveStore.getState();
  const feedback = useFeedbackStore.getState();
  if (store.card !== null) {
    store.closeCard();
    feedback.notify('info', `Cancelled: nothing recorded for ${assetLabel(store.card.lookup.asset)}`);
  } else if (store.create !== null) {
    store.closeCreate();
    feedback.notify('info', 'Cancelled: the new device was not added');
  }
}
