import { create } from 'zustand';

/** What the Vendors screen shows: the vendor list, one vendor's profile, a report import, the review queue, aging. */
export type VendorView =
  | { readonly kind: 'list' }
  | { readonly kind: 'edit'; readonly vendorId: string | null }
  | { readonly kind: 'import' }
  | { readonly kind: 'review' }
  | { readonly kind: 'aging' };

interface VendorViewState {
  readonly view: VendorView;
  show(view: VendorView): void;
}

export const useVendorViewStore = create<VendorViewState>()((set) => ({
  view: { kind: 'list' },
  show: (view) => set({ view }),
}));
