import { memo, useState, type FormEvent } from 'react';
import type { SessionView, SignatureView } from '../../../../shared/domain/pickups/pickup-views';
import { signAsDriver, signAsTechnician, signOff } from '../../actions/pickup-actions';
import { shortTime } from '../../format/pickup-words';
import { SignaturePad } from './SignaturePad';

function Signed({ signature }: { readonly signature: SignatureView }) {
  const who = signature.role === 'driver' ? `${signature.name}, ${signature.company ?? ''}, ${signature.vehicle ?? ''}` : `${signature.name} (${signature.technicianId ?? ''})`;
  return (
    <p className="pickup-signed" data-testid={`signed-${signature.role}`}>
      Signed by {who} at {shortTime(signature.at)}
    </p>
  );
}

function DriverForm({ sessionId }: { readonly sessionId: string }) {
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [vehicle, setVehicle] = useState('');
  const [png, setPng] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (png !== null) void signAsDriver(sessionId, name.trim(), company.trim(), vehicle.trim(), png);
  };
  return (
    <form className="pickup-sign" aria-label="Driver signature" onSubmit={onSubmit}>
      <h3>Driver</h3>
      <label className="field">
        <span>Driver name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="off" />
      </label>
      <label className="field">
        <span>Company</span>
        <input value={company} onChange={(e) => setCompany(e.target.value)} maxLength={80} autoComplete="off" />
      </label>
      <label className="field">
        <span>Vehicle / plate</span>
        <input value={vehicle} onChange={(e) => setVehicle(e.target.value)} maxLength={80} autoComplete="off" />
      </label>
      <SignaturePad label="Driver signs here" onChange={setPng} />
      <button type="submit" className="button button--go" disabled={png === null || name.trim() === '' || company.trim() === '' || vehicle.trim() === ''}>
        Driver signs
      </button>
    </form>
  );
}

function TechnicianForm({ sessionId }: { readonly sessionId: string }) {
  const [png, setPng] = useState<string | null>(null);
  return (
    <form
      className="pickup-sign"
      aria-label="Technician signature"
      onSubmit={(e) => {
        e.preventDefault();
        if (png !== null) void signAsTechnician(sessionId, png);
      }}
    >
      <h3>Technician</h3>
      <SignaturePad label="Technician signs here" onChange={setPng} />
      <button type="submit" className="button button--go" disabled={png === null}>
        Technician signs
      </button>
    </form>
  );
}

function SignOffForm({ sessionId }: { readonly sessionId: string }) {
  const [technicianId, setTechnicianId] = useState('');
  const [pin, setPin] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      className="pickup-sign"
      aria-label="Supervisor sign-off"
      onSubmit={(e) => {
        e.preventDefault();
        void signOff(sessionId, technicianId.trim(), pin, note.trim()).then(() => setPin(''));
      }}
    >
      <h3>Supervisor sign-off</h3>
      <label className="field">
        <span>Supervisor ID</span>
        <input value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>Supervisor PIN</span>
        <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span>Note (optional)</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </label>
      <button type="submit" className="button button--go">
        Sign off and lock
      </button>
    </form>
  );
}

/** The driver's and the technician's drawn signatures, then the supervisor's sign-off with PIN. */
function SignaturesPanelView({ session }: { readonly session: SessionView }) {
  const sessionId = session.summary.sessionId;
  const by = (role: SignatureView['role']) => session.signatures.find((s) => s.role === role);
  const driver = by('driver');
  const technician = by('technician');
  const supervisor = by('supervisor');
  const open = session.summary.status === 'open';
  return (
    <section className="pickup-signatures" aria-label="Signatures">
      <h2>Signatures</h2>
      <div className="pickup-signatures__grid">
        {driver !== undefined ? <Signed signature={driver} /> : open && <DriverForm sessionId={sessionId} />}
        {technician !== undefined ? <Signed signature={technician} /> : open && <TechnicianForm sessionId={sessionId} />}
        {supervisor !== undefined ? <Signed signature={supervisor} /> : open && <SignOffForm sessionId={sessionId} />}
      </div>
    </section>
  );
}

/** Re-renders only when its session changes, not on every scan of the loop. */
export const SignaturesPanel = memo(SignaturesPanelView);
