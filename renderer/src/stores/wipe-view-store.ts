import { create } from 'zustand';

/** What the Wipes screen shows: the queue, one device's wipe form, the nwipe import, or the policy. */
export type WipeView =
  | { readonly kind: 'queue' }
  | { readonly kind: 'asset'; readonly assetId: string; readonly mediumId: string | null }
  | { readonly kind: 'import' }
  | { readonly kind: 'policy' };

interface WipeViewState {
  readonly view: WipeView;
  show(view: WipeView): void;
}

export const useWipeViewStore = create<WipeViewState>()((set) => ({
  view: { kind: 'queue' },
  show: (view) => set({ view }),
}));
