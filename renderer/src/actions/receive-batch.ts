import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { useReceiveStore } from '../stores/receive-store';
import { notifyError } from './notify-error';

export async function startBatch(): Promise<void> {
  useReceiveStore.getState().setBatchStarting(true);
  const result = await call('receiving.startBatch', {});
  useReceiveStore.getState().setBatchStarting(false);
  if (!result.ok) return notifyError(result.error);
  useReceiveStore.getState().batchLoaded(result.value);
}

/** Opening the Receive screen starts a batch unless one is already open (or opening) in this session. */
export async function ensureBatch(): Promise<void> {
  const { batch, batchStarting } = useReceiveStore.getState();
  if (batch === null && !batchStarting) await startBatch();
}

export async function newBatch(): Promise<void> {
  const { card, create } = useReceiveStore.getState();
  if (card !== null || create !== null) {
    useFeedbackStore.getState().notify('warning', 'Confirm (Enter) or cancel (Esc) the open device first');
    return;
  }
  await startBatch();
  if (useReceiveStore.getState().batch !== null) useFeedbackStore.getState().notify('info', 'New batch started');
}

/** Reloads the batch list (newest first) from the core after something was received. */
export async function refreshBatch(): Promise<void> {
  const batch = useReceiveStore.getState().batch;
  if (batch === null) return;
  const result = await call('receiving.batch', { batchId: batch.batchId });
  if (result.ok && useReceiveStore.getState().batch?.batchId === batch.batchId) useReceiveStore.getState().batchLoaded(result.value);
}
