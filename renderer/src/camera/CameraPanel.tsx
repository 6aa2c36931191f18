import { useEffect, useMemo, useRef, useState } from 'react';
import { SYMBOLOGY_WORDS } from '../../../shared/decoding/symbology';
import { PICK_PREFERENCES, type Candidate, type PickPreference } from '../../../shared/decoding/pick-code';
import { compileTagPattern, DEFAULT_ASSET_TAG_PATTERN } from '../../../shared/domain/scan';
import { oneOf } from '../format/one-of';
import { useFeedbackStore } from '../stores/feedback-store';
import { useStationStore } from '../stores/station-store';
import { useCameraStore } from './camera-store';
import { useCameraScanner } from './use-camera-scanner';
import { useCameraStream } from './use-camera-stream';
import '../styles/camera.css';

const PREFER_WORDS: Readonly<Record<PickPreference, string>> = {
  'asset-tag': 'Take the asset tag',
  serial: 'Take the serial',
  ask: 'Always ask me',
};

function readingWords(candidate: Candidate): string {
  const reading = candidate.reading;
  if (reading === null) return SYMBOLOGY_WORDS[candidate.code.symbology];
  const kind = reading.kind === 'asset-tag' ? 'asset tag' : reading.kind === 'gs1' ? 'GS1 serial' : 'serial';
  return `${kind} · ${SYMBOLOGY_WORDS[candidate.code.symbology]}`;
}

function useTagPattern(): RegExp {
  const pattern = useStationStore((s) => s.settings.assetTagPattern);
  return useMemo(() => {
    const compiled = compileTagPattern(pattern);
    return typeof compiled === 'string' ? new RegExp(DEFAULT_ASSET_TAG_PATTERN, 'u') : compiled;
  }, [pattern]);
}

/**
 * The camera under a scan field: live picture with an aiming frame, an outline around each code read, a click on
 * every new code, and a choice of big buttons when a frame holds several labels the rule cannot choose between.
 */
export function CameraPanel({ onCode }: { readonly onCode: (text: string) => void }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const deviceId = useCameraStore((s) => s.deviceId);
  const prefer = useCameraStore((s) => s.prefer);
  const { stream, problem, cameras, torch, toggleTorch } = useCameraStream(deviceId);
  const [size, setSize] = useState({ width: 1280, height: 720 });
  const tagPattern = useTagPattern();

  const take = (text: string) => {
    useFeedbackStore.getState().player.play('decoded');
    onCode(text);
  };
  const scan = useCameraScanner({ videoRef, stream, tagPattern, prefer, onCode: take });

  useEffect(() => {
    const video = videoRef.current;
    if (video === null || stream === null) return;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
  }, [stream]);

  const pick = (candidate: Candidate) => {
    scan.clearChoice();
    take(candidate.code.text);
  };

  useEffect(() => {
    const choice = scan.choice;
    if (choice === null) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        scan.clearChoice();
        return;
      }
      const index = event.altKey ? Number.parseInt(event.key, 10) - 1 : Number.NaN;
      const candidate = Number.isInteger(index) ? choice[index] : undefined;
      if (candidate !== undefined) {
        event.preventDefault();
        pick(candidate);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="camera" aria-label="Camera scanning">
      {problem !== null ? (
        <p className="camera__problem" role="alert">
          {problem}
        </p>
      ) : (
        <div className="camera__view">
          <video
            ref={videoRef}
            className="camera__video"
            muted
            playsInline
            onLoadedMetadata={(event) => setSize({ width: event.currentTarget.videoWidth, height: event.currentTarget.videoHeight })}
          />
          <svg className="camera__overlay" viewBox={`0 0 ${size.width} ${size.height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
            <rect className="camera__aim" x={size.width * 0.1} y={size.height * 0.1} width={size.width * 0.8} height={size.height * 0.8} />
            {scan.marks.map((mark) => (
              <polygon key={mark.key} className="camera__mark" points={mark.points.map((p) => `${p.x},${p.y}`).join(' ')} />
            ))}
          </svg>
        </div>
      )}
      <div className="camera__side">
        <p className="camera__status" data-testid="camera-status">
          {stream === null ? (problem === null ? 'Starting the camera…' : 'Camera off') : 'Hold the label inside the frame'}
          {scan.decoder !== null && <span className="camera__decoder"> · decoder {scan.decoder}</span>}
        </p>
        {scan.problem !== null && <p className="camera__problem">{scan.problem}</p>}
        {scan.choice !== null && (
          <div className="camera__choice" role="group" aria-label="Several codes: pick one">
            <p>Several codes in view: pick one (Alt+1, Alt+2…), or Esc for none</p>
            {scan.choice.map((candidate, index) => (
              <button key={candidate.code.text} type="button" className="button camera__pick" onClick={() => pick(candidate)}>
                <kbd>Alt+{index + 1}</kbd> <strong>{candidate.code.text}</strong> <span>{readingWords(candidate)}</span>
              </button>
            ))}
          </div>
        )}
        <label className="field">
          <span>Several codes in view</span>
          <select value={prefer} onChange={(e) => useCameraStore.getState().setPrefer(oneOf(PICK_PREFERENCES, e.target.value, 'asset-tag'))}>
            {PICK_PREFERENCES.map((p) => (
              <option key={p} value={p}>
                {PREFER_WORDS[p]}
              </option>
            ))}
          </select>
        </label>
        {cameras.length > 1 && (
          <label className="field">
            <span>Camera</span>
            <select value={deviceId ?? ''} onChange={(e) => useCameraStore.getState().chooseCamera(e.target.value === '' ? null : e.target.value)}>
              <option value="">Default camera</option>
              {cameras.map((c) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {torch.available && (
          <button type="button" className="button" aria-pressed={torch.on} onClick={toggleTorch}>
            Torch {torch.on ? 'on' : 'off'}
          </button>
        )}
      </div>
    </section>
  );
}
