import { z } from 'zod';
import { pinSchema, technicianIdSchema } from '../users';
import { RESOLUTIONS } from './line-state';
import { STAGING_PURPOSES } from './pickup-payloads';

const id = z.string().min(1).max(64);
const reason = z.string().trim().min(1, 'Say why, for the record').max(500);
const label = z.string().trim().min(1).max(80);
const scanSource = z.enum(['wedge', 'keyboard', 'camera']);

/** A supervisor's ID and PIN, given at the station where someone else may be signed in. */
export const supervisorCheckSchema = z.object({ technicianId: technicianIdSchema, pin: pinSchema }).strict();
export type SupervisorCheck = z.infer<typeof supervisorCheckSchema>;

export const stageScanSchema = z.object({ raw: z.string().max(100_000), purpose: z.enum(STAGING_PURPOSES) }).strict();

export const createSessionSchema = z.object({ vendorId: id, fromStaged: z.boolean() }).strict();

export const openContainerSchema = z
  .object({ sessionId: id, kind: z.enum(['pallet', 'box']), label, seal: z.string().trim().max(80) })
  .strict();

export const sealContainerSchema = z.object({ sessionId: id, containerId: id, seal: z.string().trim().min(1).max(80) }).strict();

export const pickupScanSchema = z
  .object({
    sessionId: id,
    raw: z.string().max(100_000),
    source: scanSource,
    override: z.object({ supervisor: supervisorCheckSchema, reason }).strict().nullable(),
  })
  .strict();
export type PickupScanInput = z.infer<typeof pickupScanSchema>;

export const resolveLineSchema = z.object({ sessionId: id, lineNo: z.number().int().min(1), resolution: z.enum(RESOLUTIONS), reason }).strict();

/** A drawn signature: a PNG as base64 (a canvas's toDataURL without its prefix). */
export const signaturePngSchema = z.string().min(100).max(400_000).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Not a PNG image');

export const signSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('driver'), sessionId: id, name: label, company: label, vehicle: label, png: signaturePngSchema }).strict(),
  z.object({ role: z.literal('technician'), sessionId: id, png: signaturePngSchema }).strict(),
]);
export type SignInput = z.infer<typeof signSchema>;

export const signOffSchema = z.object({ sessionId: id, supervisor: supervisorCheckSchema, note: z.string().trim().max(500) }).strict();

export const correctSchema = z.object({ sessionId: id, lineNo: z.number().int().min(1).nullable(), withdraw: z.boolean(), text: reason }).strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-03-31');
export const sessionFilterSchema = z
  .object({ vendorId: id.nullable(), from: isoDay.nullable(), to: isoDay.nullable(), status: z.enum(['open', 'signed-off']).nullable() })
  .strict();
export type SessionFilter = z.infer<typeof sessionFilterSchema>;

export const manifestFileSchema = z.object({ sessionId: id, fileName: z.string().trim().min(1).max(255), text: z.string().max(60_000_000) }).strict();
