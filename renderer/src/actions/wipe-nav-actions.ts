import { useWipeAssetStore } from '../stores/wipe-asset-store';
import { useWipeViewStore, type WipeView } from '../stores/wipe-view-store';

/** Moves within the Wipes screen; forms left open on the way out are closed. */
export function showWipeView(view: WipeView): void {
  useWipeAssetStore.getState().closeForms();
  useWipeViewStore.getState().show(view);
}

export function openWipeAsset(assetId: string, mediumId: string | null = null): void {
  showWipeView({ kind: 'asset', assetId, mediumId });
}

export function backToQueue(): void {
  showWipeView({ kind: 'queue' });
}
