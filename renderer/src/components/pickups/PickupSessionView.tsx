import { useMemo, useRef, useState } from 'react';
import type { PickupLineView } from '../../../../shared/domain/pickups/pickup-views';
import { downloadManifest } from '../../actions/manifest-actions';
import { downloadReceipt, pickupScanEntry } from '../../actions/pickup-actions';
import { usePickupsStore } from '../../stores/pickups-store';
import { useSessionStore } from '../../stores/session-store';
import { useStationStore } from '../../stores/station-store';
import { ScanField } from '../receive/ScanField';
import { ActivityLog } from './ActivityLog';
import { ContainerBar } from './ContainerBar';
import { CorrectionForm } from './CorrectionForm';
import { ManifestImport } from './ManifestImport';
import { OverrideForm } from './OverrideForm';
import { PickupCounters } from './PickupCounters';
import { PickupLinesTable } from './PickupLinesTable';
import { ResolveForm } from './ResolveForm';
import { SignaturesPanel } from './SignaturesPanel';

/** One pickup session: counters, containers, the scan loop, the lines, resolutions, signatures, sign-off and the receipt. */
export function PickupSessionView() {
  const session = usePickupsStore((s) => s.session);
  const lines = usePickupsStore((s) => s.lines);
  const counters = usePickupsStore((s) => s.counters);
  const lastLineNo = usePickupsStore((s) => s.lastLineNo);
  const pending = usePickupsStore((s) => s.pending);
  const wedge = useStationStore((s) => s.settings.wedge);
  const supervisor = useSessionStore((s) => s.session?.role === 'supervisor');
  const [resolving, setResolving] = useState<PickupLineView | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const scanRef = useRef<HTMLInputElement>(null);
  const backToScan = () => window.setTimeout(() => scanRef.current?.focus(), 0);
  const openLabel = session?.containers.find((c) => c.containerId === session.openContainerId)?.label ?? null;
  const inOpen = useMemo(
    () => lines.filter((l) => l.containerLabel === openLabel && l.scannedAt !== null && l.resolution?.kind !== 'left-behind').length,
    [lines, openLabel],
  );
  if (session === null || counters === null) return <p>Loading the session…</p>;
  const { summary } = session;
  const open = summary.status === 'open';
  const sessionId = summary.sessionId;

  return (
    <div className="pickup">
      <div className="pickup__head">
        <button type="button" className="button button--quiet" onClick={() => usePickupsStore.getState().show({ kind: 'home' })}>
          ← Pickups
        </button>
        <h1>
          Pickup {summary.reference} · {summary.vendorName}
        </h1>
        <span className={`pickup__status pickup__status--${summary.status}`} data-testid="session-status">
          {open ? 'Open' : `Signed off by ${summary.signedOffBy ?? ''}`}
        </span>
        <button type="button" className="button" onClick={() => void downloadManifest(sessionId)}>
          Manifest (CSV)
        </button>
        {!open && (
          <button type="button" className="button button--go" onClick={() => void downloadReceipt(sessionId)}>
            Receipt (PDF)
          </button>
        )}
      </div>
      <PickupCounters counters={counters} />
      {open && <ContainerBar session={session} items={inOpen} backToScan={backToScan} />}
      {open && (
        <ScanField
          label="Scan a serial or asset tag onto the truck"
          wedge={wedge}
          holdFocus={pending === null && resolving === null && !previewing}
          onEntry={(entry) => void pickupScanEntry(sessionId, entry)}
          onEscape={() => usePickupsStore.getState().setPending(null)}
          inputRef={scanRef}
        />
      )}
      {open && (
        <ManifestImport
          sessionId={sessionId}
          onPreview={(shown) => {
            setPreviewing(shown);
            if (!shown) backToScan();
          }}
        />
      )}
      {pending !== null && <OverrideForm sessionId={sessionId} pending={pending} />}
      {resolving !== null && (
        <ResolveForm key={resolving.lineNo} sessionId={sessionId} line={resolving} close={() => {
            setResolving(null);
            backToScan();
          }}
        />
      )}
      <PickupLinesTable lines={lines} highlight={lastLineNo} onResolve={open ? setResolving : null} />
      <SignaturesPanel session={session} />
      {!open && supervisor && <CorrectionForm sessionId={sessionId} />}
      <ActivityLog session={session} />
    </div>
  );
}
