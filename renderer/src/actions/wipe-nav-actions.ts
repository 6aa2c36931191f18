import { useFeedbackStore } from '../stores/feedback-store';
import { useWipeAssetStore } from '../stores/wipe-asset-store';
import { useWipeViewStore, type WipeView } from '../stores/wipe-view-store';

/** Moves within the Wipes screen: the last banner belongs to the view left, and so do its open forms. */
export function showWipeView(view: WipeView): void {
  useFeedbackStore.getState().clear();
  useWipeAssetStore.getState().closeForms();
  useWipeViewStore.getState().show(view);
}

export function openWipeAsset(assetId: string, mediumId: string | null = null): void {
  showWipeView({ kind: 'asset', assetId, mediumId });
}

export function backToQueue(): void {
  showWipeView({ kind: 'queue' });
}
