import { create } from 'zustand';
import type { CaseDetail } from '../../../shared/domain/cases/case-views';

/** The case whose box was scanned at the dock: its expected list stays on the Receive screen while its devices are scanned. */
interface DockCaseState {
  readonly detail: CaseDetail | null;
  opened(detail: CaseDetail | null): void;
}

export const useDockCaseStore = create<DockCaseState>()((set) => ({
  detail: null,
  opened: (detail) => set({ detail }),
}));
