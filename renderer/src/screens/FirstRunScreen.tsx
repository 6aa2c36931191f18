import { useState, type FormEvent } from 'react';
import { createFirstSupervisor } from '../actions/session-actions';
import { FormProblem } from '../components/common/FormProblem';

interface Problem {
  readonly title: string;
  readonly detail: string | null;
}

/** First run on a new station: create the first supervisor, who is then signed in. */
export function FirstRunScreen() {
  const [technicianId, setTechnicianId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirmPin, setConfirmPin] = useState('');
  const [loadDemoData, setLoadDemoData] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pin !== confirmPin) {
      setProblem({ title: 'The two PINs are not the same. Type the PIN again in both boxes.', detail: null });
      return;
    }
    setSaving(true);
    const outcome = await createFirstSupervisor({ technicianId: technicianId.trim(), name, pin, loadDemoData });
    setSaving(false);
    if (!outcome.ok) setProblem({ title: outcome.title, detail: outcome.detail });
  };

  return (
    <main className="gate">
      <form className="gate__form" aria-label="Create the first supervisor" onSubmit={(event) => void onSubmit(event)}>
        <h1>Welcome to Dockside</h1>
        <p>This station has no supervisor yet. Create the first one: they can then add technicians and change settings.</p>
        <label className="field">
          <span>Technician ID</span>
          <input value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} autoFocus maxLength={32} autoComplete="off" />
        </label>
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        </label>
        <label className="field">
          <span>PIN (4–12 digits)</span>
          <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={12} />
        </label>
        <label className="field">
          <span>PIN again</span>
          <input type="password" inputMode="numeric" value={confirmPin} onChange={(e) => setConfirmPin(e.target.value)} maxLength={12} />
        </label>
        <label className="toggle">
          <input type="checkbox" checked={loadDemoData} onChange={(e) => setLoadDemoData(e.target.checked)} />
          <span>Load demo data so you can try things</span>
        </label>
        {problem !== null && <FormProblem title={problem.title} detail={problem.detail} />}
        <button type="submit" className="button button--go button--big" disabled={saving}>
          Create supervisor and sign in
        </button>
      </form>
    </main>
  );
}
