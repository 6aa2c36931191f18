import { z } from 'zod';

export const ROLES = ['technician', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const technicianIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._-]{1,31}$/, 'Technician IDs are 2–32 letters, digits, dots, dashes or underscores');
export const pinSchema = z.string().regex(/^\d{4,12}$/, 'A PIN is 4 to 12 digits');
export const personNameSchema = z.string().trim().min(1).max(80);

export interface Session {
  readonly technicianId: string;
  readonly name: string;
  readonly role: Role;
}

export interface Technician {
  readonly technicianId: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly createdAt: string;
}
