import { useEffect } from 'react';
import { cameraEntry, type ScanEntry } from '../scan/entry';
import { CameraPanel } from './CameraPanel';
import { useCameraStore } from './camera-store';

export const CAMERA_KEY = 'F2';

/** The camera button under every scan field (F2 toggles it); codes the camera reads arrive as entries like any scan. */
export function CameraSlot({ onEntry }: { readonly onEntry: (entry: ScanEntry) => void }) {
  const on = useCameraStore((s) => s.on);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== CAMERA_KEY) return;
      event.preventDefault();
      useCameraStore.getState().toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="camera-slot">
      <button type="button" className="button camera-slot__toggle" aria-pressed={on} onClick={() => useCameraStore.getState().toggle()}>
        {on ? 'Camera off' : 'Scan with camera'} <kbd>{CAMERA_KEY}</kbd>
      </button>
      {on && <CameraPanel onCode={(text) => onEntry(cameraEntry(text))} />}
    </div>
  );
}
