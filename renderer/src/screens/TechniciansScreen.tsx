import { useEffect } from 'react';
import { loadTechnicians } from '../actions/technician-actions';
import { AddTechnicianForm } from '../components/technicians/AddTechnicianForm';
import { TechnicianRow } from '../components/technicians/TechnicianRow';
import { useTechniciansStore } from '../stores/technicians-store';

/** Supervisors only: who may sign in at this station. */
export function TechniciansScreen() {
  const technicians = useTechniciansStore((s) => s.technicians);
  const problem = useTechniciansStore((s) => s.problem);

  useEffect(() => {
    void loadTechnicians();
  }, []);

  return (
    <div className="page">
      <h1>Technicians</h1>
      <AddTechnicianForm />
      {problem !== null && <p className="problem">{problem}</p>}
      <table className="table" aria-label="Technicians">
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Account</th>
            <th scope="col">Added</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {technicians.map((t) => (
            <TechnicianRow key={t.technicianId} technician={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
