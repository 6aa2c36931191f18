import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../../shared/domain/users';
import { addTechnician } from '../../actions/technician-actions';
import { oneOf } from '../../format/one-of';

/** A supervisor adds a technician (or another supervisor) with a starting PIN. */
export function AddTechnicianForm() {
  const [technicianId, setTechnicianId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('technician');
  const [pin, setPin] = useState('');
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    if (await addTechnician({ technicianId, name, role, pin })) {
      setTechnicianId('');
      setName('');
      setRole('technician');
      setPin('');
    }
    setSaving(false);
  };

  return (
    <form className="inline-form" aria-label="Add a technician" onSubmit={(event) => void onSubmit(event)}>
      <label className="field">
        <span>Technician ID</span>
        <input value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} maxLength={32} required />
      </label>
      <label className="field field--grow">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
      </label>
      <label className="field">
        <span>Role</span>
        <select value={role} onChange={(e) => setRole(oneOf(ROLES, e.target.value, 'technician'))}>
          <option value="technician">Technician</option>
          <option value="supervisor">Supervisor</option>
        </select>
      </label>
      <label className="field">
        <span>PIN (4–12 digits)</span>
        <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={12} required />
      </label>
      <button type="submit" className="button button--go" disabled={saving}>
        Add technician
      </button>
    </form>
  );
}
