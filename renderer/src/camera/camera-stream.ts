import { cameraProblem, NO_CAMERA_SUPPORT } from './camera-words';

export interface CameraInfo {
  readonly deviceId: string;
  readonly label: string;
}

export type CameraOpen = { readonly ok: true; readonly stream: MediaStream; readonly torch: boolean; readonly deviceId: string } | { readonly ok: false; readonly problem: string };

interface TorchCapabilities extends MediaTrackCapabilities {
  readonly torch?: boolean;
}

/** Opens a camera (the chosen one, else the back camera where there is one) at up to 1280x720, video only. */
export async function openCamera(deviceId: string | null): Promise<CameraOpen> {
  if (navigator.mediaDevices?.getUserMedia === undefined) return { ok: false, problem: NO_CAMERA_SUPPORT };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { ...(deviceId === null ? { facingMode: 'environment' } : { deviceId: { exact: deviceId } }), width: { ideal: 1280 }, height: { ideal: 720 } },
    });
    const track = stream.getVideoTracks()[0];
    const capabilities = (track?.getCapabilities?.() ?? {}) as TorchCapabilities;
    return { ok: true, stream, torch: capabilities.torch === true, deviceId: track?.getSettings().deviceId ?? deviceId ?? '' };
  } catch (error) {
    return { ok: false, problem: cameraProblem(error) };
  }
}

export async function listCameras(): Promise<CameraInfo[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput').map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}

/** Turns the torch on or off; false when the camera refused. */
export async function setTorch(stream: MediaStream, on: boolean): Promise<boolean> {
  const track = stream.getVideoTracks()[0];
  if (track === undefined) return false;
  try {
    await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    return true;
  } catch {
    return false;
  }
}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
