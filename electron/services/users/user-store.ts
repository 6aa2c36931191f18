import type { Db } from '../../../db/connection';
import type { Role, Technician } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';

export interface TechnicianRow {
  technician_id: string;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
  failed_attempts: number;
  created_at: string;
}

export const MAX_FAILED_ATTEMPTS = 5;

export function toTechnician(row: TechnicianRow): Technician {
  return { technicianId: row.technician_id, name: row.name, role: row.role, active: row.active === 1, createdAt: row.created_at };
}

export function findTechnician(db: Db, technicianId: string): TechnicianRow | undefined {
  return db.prepare('SELECT * FROM technicians WHERE technician_id = ?').get(technicianId) as TechnicianRow | undefined;
}

export function countSupervisors(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM technicians WHERE role = 'supervisor'").get() as { n: number }).n;
}

export function insertTechnician(db: Db, t: { technicianId: string; name: string; role: Role; pinHash: string }, now: Date): Technician {
  if (findTechnician(db, t.technicianId) !== undefined) throw new DocksideError('DUPLICATE_TECHNICIAN', `Technician ${t.technicianId} exists`);
  db.prepare('INSERT INTO technicians (technician_id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(
    t.technicianId,
    t.name,
    t.role,
    t.pinHash,
    now.toISOString(),
  );
  const row = findTechnician(db, t.technicianId);
  if (row === undefined) throw new Error('technician vanished after insert');
  return toTechnician(row);
}

export function listTechnicians(db: Db): Technician[] {
  return (db.prepare('SELECT * FROM technicians ORDER BY role DESC, technician_id').all() as TechnicianRow[]).map(toTechnician);
}

export function recordFailedSignIn(db: Db, technicianId: string): number {
  db.prepare('UPDATE technicians SET failed_attempts = failed_attempts + 1 WHERE technician_id = ?').run(technicianId);
  return findTechnician(db, technicianId)?.failed_attempts ?? 0;
}

export function clearFailedSignIns(db: Db, technicianId: string): void {
  db.prepare('UPDATE technicians SET failed_attempts = 0 WHERE technician_id = ?').run(technicianId);
}

export function setPinHash(db: Db, technicianId: string, pinHash: string): void {
  const changed = db.prepare('UPDATE technicians SET pin_hash = ?, failed_attempts = 0 WHERE technician_id = ?').run(pinHash, technicianId).changes;
  if (changed === 0) throw new DocksideError('INVALID_INPUT', `No technician ${technicianId}`);
}

export function setActive(db: Db, technicianId: string, active: boolean): void {
  const changed = db.prepare('UPDATE technicians SET active = ? WHERE technician_id = ?').run(active ? 1 : 0, technicianId).changes;
  if (changed === 0) throw new DocksideError('INVALID_INPUT', `No technician ${technicianId}`);
}
