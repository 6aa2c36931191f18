import { create } from 'zustand';
import type { AgingView, DispositionPreview, ReviewItem } from '../../../shared/domain/disposition';
import type { Vendor } from '../../../shared/domain/vendors';

/** A report chosen for import: its name and bytes as sent to the core, and the core's preview of it. */
export interface ChosenReport {
  readonly vendorId: string;
  readonly fileName: string;
  readonly contentBase64: string;
}

interface VendorsState {
  readonly vendors: readonly Vendor[];
  readonly report: ChosenReport | null;
  readonly preview: DispositionPreview | null;
  readonly reportProblem: string | null;
  readonly review: { readonly state: 'open' | 'resolved'; readonly vendorId: string | null; readonly items: readonly ReviewItem[]; readonly open: number } | null;
  readonly aging: AgingView | null;
  loaded(vendors: readonly Vendor[]): void;
  chosen(report: ChosenReport | null): void;
  previewed(preview: DispositionPreview | null, problem: string | null): void;
  reviewed(review: VendorsState['review']): void;
  aged(aging: AgingView): void;
}

export const useVendorsStore = create<VendorsState>()((set) => ({
  vendors: [],
  report: null,
  preview: null,
  reportProblem: null,
  review: null,
  aging: null,
  loaded: (vendors) => set({ vendors }),
  chosen: (report) => set({ report, preview: null, reportProblem: null }),
  previewed: (preview, reportProblem) => set({ preview, reportProblem }),
  reviewed: (review) => set({ review }),
  aged: (aging) => set({ aging }),
}));
