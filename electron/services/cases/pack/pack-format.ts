import { z } from 'zod';
import { custodyEventSchema } from '../../../../shared/domain/events';
import { CASE_LOG_KINDS } from '../store/case-log';

export const CASE_PACK_FORMAT = 'dockside-case-pack';

const logSchema = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  caseId: z.string(),
  kind: z.enum(CASE_LOG_KINDS),
  payload: z.record(z.string(), z.unknown()),
  technicianId: z.string(),
  at: z.string(),
  stationId: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  signature: z.string(),
});

export const timelineEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  what: z.string(),
  asset: z.string().nullable(),
  hash: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

const reportSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstProblem: z.object({ seq: z.number(), eventId: z.string(), reason: z.string() }).nullable(),
});

/** A case's evidence pack: self-contained, checked offline by `dockside verify`. */
export const casePackSchema = z.object({
  format: z.literal(CASE_PACK_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  case: z.object({
    caseId: z.string(),
    caseNumber: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    manager: z.string(),
    employeeType: z.string(),
    location: z.string(),
    separationDate: z.string(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
  }),
  stations: z.array(z.object({ stationId: z.string(), publicKey: z.string() })),
  assets: z.array(z.object({ assetId: z.string(), label: z.string(), assetClass: z.string(), state: z.string(), events: z.array(custodyEventSchema) })),
  caseLog: z.array(logSchema),
  timeline: z.array(timelineEntrySchema),
  /** The chain verification made when the pack was exported. */
  verification: reportSchema,
});
export type CasePack = z.infer<typeof casePackSchema>;
