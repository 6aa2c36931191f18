import type { AgingView } from '../../../shared/domain/disposition';
import { call } from '../api/client';
import { useFeedbackStore } from '../stores/feedback-store';
import { useVendorsStore } from '../stores/vendors-store';
import { notifyError } from './notify-error';

export async function loadReview(vendorId: string | null, state: 'open' | 'resolved'): Promise<void> {
  const result = await call('vendors.reviewQueue', { vendorId, state });
  if (!result.ok) return notifyError(result.error);
  useVendorsStore.getState().reviewed({ vendorId, state, items: result.value.items, open: result.value.open });
}

/** Closes a review item with the supervisor's note, or records the disposition as the vendor reported it. */
export async function resolveItem(itemId: string, action: 'note' | 'record', note: string): Promise<boolean> {
  const result = await call('vendors.resolveReview', { itemId, action, note });
  if (!result.ok) {
    notifyError(result.error);
    return false;
  }
  useFeedbackStore.getState().notify('success', action === 'record' ? 'Disposition recorded as reported' : 'Review item closed', note);
  const review = useVendorsStore.getState().review;
  await loadReview(review?.vendorId ?? null, review?.state ?? 'open');
  return true;
}

function aged(result: Awaited<ReturnType<typeof call<'vendors.aging'>>>): AgingView | null {
  if (!result.ok) {
    notifyError(result.error);
    return null;
  }
  useVendorsStore.getState().aged(result.value);
  return result.value;
}

export async function loadAging(): Promise<void> {
  aged(await call('vendors.aging', {}));
}

export async function saveAgingDays(days: number): Promise<void> {
  const view = aged(await call('vendors.setAgingDays', { days }));
  if (view !== null) useFeedbackStore.getState().notify('success', `Follow-up after ${view.days} days`, `${view.items.length} device(s) waiting that long.`);
}
