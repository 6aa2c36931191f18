import { z } from 'zod';
import { ESCALATION_STEPS, WRITE_OFF_REASONS } from './vocabulary';

/** Payloads of the custody events offboarding writes on an asset. Every one names its case. */
const onCase = { caseId: z.string(), caseNumber: z.string() };

export const caseReturnedPayload = z.object({ ...onCase, receivedEventId: z.string(), batchId: z.string() });

export const remoteLockPayload = z.object({ ...onCase, reason: z.string() });

export const remoteWipePayload = z.object({ ...onCase, deadline: z.string() });

export const reminderSentPayload = z.object({
  ...onCase,
  step: z.enum(ESCALATION_STEPS),
  recipient: z.string(),
  /** The address the message went to (absent when the step had none and was copied for manual sending). */
  address: z.string().optional(),
  channel: z.enum(['manual', 'itsm']),
  deadline: z.string(),
  messageSha256: z.string(),
  /** The exact message (absent on events recorded before the text was kept): the ITSM connector sends it. */
  subject: z.string().optional(),
  body: z.string().optional(),
});

export const writtenOffPayload = z.object({ ...onCase, reason: z.enum(WRITE_OFF_REASONS), note: z.string() });

/** The case closed: on one of its devices, so the close reaches the ITSM through the outbox like every other fact. */
export const caseClosedPayload = z.object({ ...onCase, assets: z.number().int().min(0), licences: z.number().int().min(0) });

export type ReminderSentPayload = z.infer<typeof reminderSentPayload>;
