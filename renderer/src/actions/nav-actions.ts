import { useFeedbackStore } from '../stores/feedback-store';
import { useNavStore, type Screen } from '../stores/nav-store';

/** Moving to another screen clears the last banner, so no screen shows feedback that belongs to another. */
export function navigate(screen: Exclude<Screen, 'asset'>): void {
  useFeedbackStore.getState().clear();
  useNavStore.getState().go(screen);
}

export function openAssetPage(assetId: string): void {
  useFeedbackStore.getState().clear();
  useNavStore.getState().openAsset(assetId);
}

export function leaveAssetPage(): void {
  useFeedbackStore.getState().clear();
  useNavStore.getState().back();
}
