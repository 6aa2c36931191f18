import { z } from 'zod';
import { ASSET_STATUSES } from '../asset';

/** Why a device goes out: after sanitization (disposition), or unwiped for destruction by the vendor. */
export const STAGING_PURPOSES = ['disposition', 'destruction'] as const;
export type StagingPurpose = (typeof STAGING_PURPOSES)[number];

export const stagedForPickupPayload = z.object({
  purpose: z.enum(STAGING_PURPOSES),
  scanned: z.string().nullable(),
});

const overrideFact = z.object({ supervisorId: z.string(), reason: z.string(), shortfalls: z.array(z.string()) });

/** The device left the dock on a pickup: scanned into a container of a vendor's session. */
export const pickedUpPayload = z.object({
  sessionId: z.string(),
  /** The session's reference (PU-...), as central systems name its ticket. */
  sessionLabel: z.string(),
  sessionReference: z.string(),
  vendorId: z.string(),
  vendorName: z.string(),
  containerId: z.string(),
  containerLabel: z.string(),
  scanned: z.string(),
  /** How the label was read: a wedge scanner, typed, or the camera (absent on events written before it was recorded). */
  source: z.enum(['wedge', 'keyboard', 'camera']).optional(),
  lineNo: z.number().int(),
  expected: z.boolean(),
  substitution: z.array(z.string()).nullable(),
  override: overrideFact.nullable(),
  /** Where it stood before it left: a device later left behind goes back to it. */
  statusBefore: z.enum(ASSET_STATUSES),
});

/** A scan disagreed with the record (serial/tag, model, or a drive's host). */
export const substitutionFoundPayload = z.object({ sessionId: z.string(), scanned: z.string(), reasons: z.array(z.string()) });

/** An expected device was not found at the pickup. */
export const reportedMissingPayload = z.object({ sessionId: z.string(), reason: z.string() });

/** A scanned device was taken back off the pickup (left behind, or corrected after sign-off): it is back where it was. */
export const pickupWithdrawnPayload = z.object({
  sessionId: z.string(),
  reason: z.string(),
  statusBefore: z.enum(ASSET_STATUSES),
  correction: z.boolean(),
});

/** A note added to a signed-off session about this device (the session itself is never edited). */
export const pickupCorrectedPayload = z.object({ sessionId: z.string(), text: z.string() });
