import { useEffect, useState } from 'react';
import { listCameras, openCamera, setTorch, stopStream, type CameraInfo } from './camera-stream';

export interface CameraStream {
  /** The live stream, or null while the camera starts or when it could not be opened. */
  readonly stream: MediaStream | null;
  /** Why the camera could not be opened, in words, or null. */
  readonly problem: string | null;
  readonly cameras: readonly CameraInfo[];
  readonly torch: { readonly available: boolean; readonly on: boolean };
  toggleTorch(): void;
}

/** Opens the chosen camera (again whenever the choice changes) and stops it when the panel closes. */
export function useCameraStream(deviceId: string | null): CameraStream {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [cameras, setCameras] = useState<readonly CameraInfo[]>([]);
  const [torch, setTorchState] = useState<{ available: boolean; on: boolean }>({ available: false, on: false });

  useEffect(() => {
    let opened: MediaStream | null = null;
    let cancelled = false;
    setProblem(null);
    void openCamera(deviceId).then(async (result) => {
      if (!result.ok) {
        setProblem(result.problem);
        return;
      }
      if (cancelled) {
        stopStream(result.stream);
        return;
      }
      opened = result.stream;
      setTorchState({ available: result.torch, on: false });
      setStream(result.stream);
      setCameras(await listCameras());
    });
    return () => {
      cancelled = true;
      if (opened !== null) stopStream(opened);
      setStream(null);
    };
  }, [deviceId]);

  const toggleTorch = () => {
    if (stream === null) return;
    void setTorch(stream, !torch.on).then((done) => done && setTorchState({ available: true, on: !torch.on }));
  };

  return { stream, problem, cameras, torch, toggleTorch };
}
