import { call } from '../api/client';
import { errorText } from '../format/error-text';
import type { ScanEntry } from '../scan/entry';
import { useFeedbackStore } from '../stores/feedback-store';
import { QUEUE_PAGE_SIZE, useWipeQueueStore } from '../stores/wipe-queue-store';
import { notifyError } from './notify-error';
import { openWipeAsset } from './wipe-nav-actions';

/** Loads one page of the queue (once per generation); the list asks for the pages that come into view. */
export async function loadQueuePage(page: number): Promise<void> {
  const store = useWipeQueueStore.getState();
  if (store.requested.has(page)) return;
  store.requestedPage(page);
  const generation = store.generation;
  const result = await call('wipes.queue', { offset: page * QUEUE_PAGE_SIZE, limit: QUEUE_PAGE_SIZE });
  if (!result.ok) return useWipeQueueStore.getState().failed(errorText(result.error).title);
  useWipeQueueStore.getState().pageArrived(generation, page, result.value);
}

/** Starts the queue afresh (on arrival and after every change), with its first page. */
export async function refreshQueue(): Promise<void> {
  useWipeQueueStore.getState().refreshed();
  await loadQueuePage(0);
}

/** A scan on the queue: a host's tag or serial, or a drive's serial, opens that host's wipe form. */
export async function scanOnQueue(entry: ScanEntry): Promise<void> {
  if (entry.value.trim() === '') return;
  const result = await call('wipes.lookup', { raw: entry.value });
  if (!result.ok) return notifyError(result.error);
  const found = result.value;
  openWipeAsset(found.assetId, found.mediumId);
  useFeedbackStore.getState().notify('info', `${found.label}: wipe form open`, found.mediumId === null ? 'Record each drive it holds.' : 'The scanned drive\u2019s record form is open.');
}
