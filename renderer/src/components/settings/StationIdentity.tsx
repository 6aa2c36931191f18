import { useStationStore } from '../../stores/station-store';

/** The station's signing identity: an auditor keeps the public key at enrolment to pin `dockside verify --pubkey` later. */
export function StationIdentity() {
  const station = useStationStore((s) => s.station);
  if (station === null) return null;
  return (
    <section className="station-identity" aria-label="Station identity">
      <h2>Station identity</h2>
      <p>
        Station ID <code data-testid="station-id">{station.stationId}</code>. Every custody event recorded here is signed with this
        station&apos;s key. Give this public key to your auditor when the station is enrolled.
      </p>
      <textarea className="station-identity__key" readOnly rows={4} value={station.publicKey} aria-label="Station public key" />
    </section>
  );
}
