import { create } from 'zustand';
import type { PickPreference } from '../../../shared/decoding/pick-code';

interface CameraState {
  /** The camera panel is open under the scan field (it stays open from screen to screen until turned off). */
  readonly on: boolean;
  /** The camera the technician chose, or null for the default (the back camera where there is one). */
  readonly deviceId: string | null;
  readonly prefer: PickPreference;
  toggle(): void;
  turnOff(): void;
  chooseCamera(deviceId: string | null): void;
  setPrefer(prefer: PickPreference): void;
}

export const useCameraStore = create<CameraState>()((set) => ({
  on: false,
  deviceId: null,
  prefer: 'asset-tag',
  toggle: () => set((s) => ({ on: !s.on })),
  turnOff: () => set({ on: false }),
  chooseCamera: (deviceId) => set({ deviceId }),
  setPrefer: (prefer) => set({ prefer }),
}));
