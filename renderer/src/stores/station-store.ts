import { create } from 'zustand';
import { DEFAULT_SETTINGS, type StationSettings } from '../../../shared/domain/settings';
import type { StationInfo } from '../../../shared/views';

interface StationState {
  readonly station: StationInfo | null;
  readonly settings: StationSettings;
  loaded(station: StationInfo, settings: StationSettings): void;
  settingsSaved(settings: StationSettings): void;
}

/** This station's identity and the site's settings, as the core last reported them. */
export const useStationStore = create<StationState>()((set) => ({
  station: null,
  settings: DEFAULT_SETTINGS,
  loaded: (station, settings) => set({ station, settings }),
  settingsSaved: (settings) => set({ settings }),
}));
