import { z } from 'zod';
import { destinationSchema, levelSchema, mediaTypeSchema, standardSchema, techniqueSchema, verificationSchema } from './vocabulary';

/** The medium as it was when the event was written, so each record stands on its own in the log. */
const mediumSnapshotSchema = z
  .object({
    mediumId: z.string(),
    serial: z.string().nullable(),
    mediaType: mediaTypeSchema,
    make: z.string(),
    model: z.string(),
    propertyNumber: z.string().nullable(),
    capacity: z.string().nullable(),
  })
  .strict();
export type MediumSnapshot = z.infer<typeof mediumSnapshotSchema>;

const personSchema = z.object({ technicianId: z.string(), name: z.string() }).strict();

/** Where a record came from: typed at the station, or read from a wipe tool's log. */
const wipeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }).strict(),
  z
    .object({
      kind: z.literal('nwipe'),
      logSha256: z.string().regex(/^[0-9a-f]{64}$/),
      fileName: z.string(),
      device: z.string(),
      toolStatus: z.string(),
      errors: z.object({ pass: z.number().int(), verify: z.number().int(), fdatasync: z.number().int() }).strict().nullable(),
      utcOffsetMinutes: z.number().int(),
    })
    .strict(),
]);
export type WipeSource = z.infer<typeof wipeSourceSchema>;

/** The policy verdict written with the record: what was required then, and whether this record met it. */
const policyCheckSchema = z
  .object({
    requiredLevel: levelSchema,
    validationRequired: z.boolean(),
    meetsPolicy: z.boolean(),
    shortfalls: z.array(z.string()),
  })
  .strict();

const recordFields = {
  kind: z.literal('record'),
  wipeId: z.string(),
  medium: mediumSnapshotSchema,
  level: levelSchema,
  technique: techniqueSchema,
  standard: standardSchema,
  tool: z.string(),
  toolVersion: z.string(),
  methodDetails: z.string(),
  verification: verificationSchema,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  classification: z.string(),
  destination: destinationSchema,
  notes: z.string(),
  source: wipeSourceSchema,
  policy: policyCheckSchema,
  validation: z.object({ by: personSchema, at: z.iso.datetime() }).strict().nullable(),
  retryOf: z.string().nullable(),
  /** True when, with this record, every medium of the host meets the policy: the host leaves the queue. */
  assetSanitized: z.boolean(),
};

/** wipe_started: a technician began sanitizing one medium. */
export const wipeStartedPayload = z
  .object({
    wipeId: z.string(),
    medium: mediumSnapshotSchema,
    level: levelSchema,
    technique: techniqueSchema,
    standard: standardSchema,
    tool: z.string(),
    toolVersion: z.string(),
    startedAt: z.iso.datetime(),
  })
  .strict();

/** A finished wipe of one medium that passed (result pass, verification not failed). */
const wipeRecordPassed = z.object({ ...recordFields, result: z.literal('pass'), failureReason: z.null() }).strict();

/** A second person's validation of an earlier passing record (the Appendix G validation block). */
export const wipeValidationPayload = z
  .object({
    kind: z.literal('validation'),
    wipeId: z.string(),
    recordEventId: z.string(),
    mediumId: z.string(),
    by: personSchema,
    at: z.iso.datetime(),
    assetSanitized: z.boolean(),
  })
  .strict();

export const wipeCompletedPayload = z.discriminatedUnion('kind', [wipeRecordPassed, wipeValidationPayload]);

/** wipe_failed: the wipe of one medium failed, was aborted or did not verify. */
export const wipeFailedPayload = z.object({ ...recordFields, result: z.literal('fail'), failureReason: z.string().min(1) }).strict();

export const wipeRecordPayload = z.discriminatedUnion('result', [wipeRecordPassed, wipeFailedPayload]);

export type WipeRecordPayload = z.infer<typeof wipeRecordPayload>;

/** Whether an event leaves the asset sanitized. Read loosely: events written before records carried the flag count as done. */
export const sanitizedFlag = z.object({ assetSanitized: z.boolean().optional() });
