import type { AssetIdentity } from '../../../shared/domain/asset';
import { call } from '../api/client';
import { assetLabel } from '../format/asset-words';
import { useFeedbackStore } from '../stores/feedback-store';
import { useReceiveStore } from '../stores/receive-store';
import { notifyError } from './notify-error';
import { receiveUngraded } from './receive-record';

/**
 * Saves the quick-create form (assets.register) and carries straight on: the new device is looked up
 * like a fresh scan and opens its grade card (or is received at once in Quick receive).
 */
export async function saveQuickCreate(identity: AssetIdentity): Promise<void> {
  const store = useReceiveStore.getState();
  const feedback = useFeedbackStore.getState();
  const { create, batch } = store;
  if (create === null || batch === null || store.saving) return;
  store.setSaving(true);
  try {
    const registered = await call('assets.register', identity);
    if (!registered.ok) return notifyError(registered.error);
    const label = assetLabel(registered.value);
    const lookup = await call('receiving.lookup', { raw: label, source: create.entry.source, batchId: batch.batchId });
    store.closeCreate();
    if (!lookup.ok) return notifyError(lookup.error);
    if (lookup.value.kind !== 'known') {
      feedback.notify('error', `${label} was added but cannot be found again. Scan it once more.`);
      return;
    }
    if (useReceiveStore.getState().quickReceive) {
      await receiveUngraded(lookup.value.asset, create.entry);
      return;
    }
    useReceiveStore.getState().openCard(lookup.value, create.entry);
    feedback.notify('info', `${label} added: grade it`, 'Type or scan the grade codes, then Enter to confirm. Esc cancels.');
  } finally {
    useReceiveStore.getState().setSaving(false);
  }
}
