import { z } from 'zod';
import { technicianIdSchema } from '../users';
import { destinationSchema, levelSchema, mediaTypeSchema, resultSchema, standardSchema, techniqueSchema, verificationSchema } from './vocabulary';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const isoTime = z.iso.datetime({ offset: true, error: 'Give a date and time (e.g. 2026-11-02T09:30:00Z)' });

/** A second person signing the validation block with their own ID and PIN. */
export const validatorSchema = z.object({ technicianId: technicianIdSchema, pin: z.string().max(12) }).strict();
export type ValidatorInput = z.infer<typeof validatorSchema>;

export const addMediumSchema = z
  .object({
    assetId: id,
    serial: text(64),
    mediaType: mediaTypeSchema,
    make: text(80),
    model: text(120),
    propertyNumber: text(64),
    capacity: text(40),
  })
  .strict();

export const startWipeSchema = z
  .object({
    assetId: id,
    mediumId: id,
    level: levelSchema,
    technique: techniqueSchema,
    standard: standardSchema,
    tool: text(80).min(1, 'Name the tool used'),
    toolVersion: text(40),
  })
  .strict();

/** Everything a wipe record needs from the technician, for one medium. */
export const recordWipeSchema = z
  .object({
    assetId: id,
    mediumId: id,
    level: levelSchema,
    technique: techniqueSchema,
    standard: standardSchema,
    tool: text(80).min(1, 'Name the tool used'),
    toolVersion: text(40).min(1, 'Give the tool version'),
    methodDetails: text(400),
    verification: verificationSchema,
    result: resultSchema,
    failureReason: text(400),
    startedAt: isoTime,
    finishedAt: isoTime,
    classification: text(60).min(1, 'Give the post-sanitization classification'),
    destination: destinationSchema,
    notes: text(2000),
    retryOf: id.nullable(),
    validator: validatorSchema.nullable(),
  })
  .strict();

export const validateWipeSchema = z.object({ wipeId: id, validator: validatorSchema }).strict();

/** A log file as the renderer read it: its name and its bytes, base64. */
const logFile = {
  fileName: text(255).min(1),
  contentBase64: z
    .string()
    .max(8_000_000, 'That file is too big to be a wipe log')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact (not base64)'),
  /** The wipe machine's clock offset from UTC in minutes (nwipe writes local times without a zone). */
  utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
};

export const previewNwipeSchema = z.object({ ...logFile, hostHint: text(64) }).strict();

/** The answers to what the log does not say, for one drive in it. */
export const nwipeAnswerSchema = z
  .object({
    device: text(64).min(1),
    assetId: id,
    mediumId: id.nullable(),
    serial: text(64),
    /** Needed only when the drive is new to the host and the log does not say its type. */
    mediaType: mediaTypeSchema.nullable(),
    make: text(80),
    propertyNumber: text(64),
    /** Only when the log does not name nwipe's version. */
    toolVersion: text(40),
    standard: standardSchema,
    classification: text(60).min(1, 'Give the post-sanitization classification'),
    destination: destinationSchema,
    notes: text(2000),
  })
  .strict();
export type NwipeAnswer = z.infer<typeof nwipeAnswerSchema>;

export const importNwipeSchema = z
  .object({ ...logFile, answers: z.array(nwipeAnswerSchema).min(1).max(64), validator: validatorSchema.nullable() })
  .strict();
export type ImportNwipeInput = z.infer<typeof importNwipeSchema>;

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give a date as YYYY-MM-DD');
/** A period of finished wipes, by date (UTC), both ends included. */
export const periodSchema = z
  .object({ from: dateOnly, to: dateOnly })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'The period ends before it starts', path: ['to'] });
export type Period = z.infer<typeof periodSchema>;
