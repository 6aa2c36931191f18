import { create } from 'zustand';

export type Screen =
  | 'receive'
  | 'search'
  | 'asset'
  | 'technicians'
  | 'settings'
  | 'sync'
  | 'connectors'
  | 'wipes'
  | 'pickups'
  | 'vendors'
  | 'returns'
  | 'dashboard';

interface NavState {
  readonly screen: Screen;
  /** The asset the asset page shows. */
  readonly assetId: string | null;
  /** Where "Back" on the asset page returns to. */
  readonly returnTo: Exclude<Screen, 'asset'>;
  go(screen: Exclude<Screen, 'asset'>): void;
  openAsset(assetId: string): void;
  back(): void;
}

export const useNavStore = create<NavState>()((set, get) => ({
  screen: 'receive',
  assetId: null,
  returnTo: 'receive',
  go: (screen) => set({ screen, assetId: null }),
  openAsset: (assetId) => {
    const { screen, returnTo } = get();
    set({ screen: 'asset', assetId, returnTo: screen === 'asset' ? returnTo : screen });
  },
  back: () => set({ screen: get().returnTo, assetId: null }),
}));
