import { z } from 'zod';
import {
  agingDaysSchema,
  type AgingView,
  type DispositionImportResult,
  type DispositionPreview,
  type ReviewItem,
} from '../domain/disposition';
import { vendorProfileSchema, type Vendor, type VendorSample } from '../domain/vendors';
import { command, id, none, returns, type AnyCommandSpec } from './spec';
import type { VendorsCommandName } from './vendors.names';

/** 50 MB as base64, and a little: a larger file is refused here, before it is decoded. */
const MAX_BASE64 = 70_000_000;

/** A file as the renderer read it: its name and its bytes, base64. */
const csvFile = {
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .max(MAX_BASE64, 'That file is larger than 50 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact (not base64)'),
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Preview the file first');

export const reviewQueueSchema = z.object({ vendorId: id.nullable(), state: z.enum(['open', 'resolved']) }).strict();
export const resolveReviewSchema = z
  .object({ itemId: id, action: z.enum(['note', 'record']), note: z.string().trim().min(1, 'Say what was found, for the record').max(2000) })
  .strict();

/** The vendors commands: name -> who may call it, input schema, output type. */
export const vendorsCommands = {
  'vendors.list': command('signed-in', none, returns<Vendor[]>()),
  'vendors.save': command('supervisor', z.object({ vendorId: id.nullable(), profile: vendorProfileSchema }).strict(), returns<Vendor>()),
  'vendors.setActive': command('supervisor', z.object({ vendorId: id, active: z.boolean() }).strict(), returns<Vendor>()),
  'vendors.readSample': command('supervisor', z.object(csvFile).strict(), returns<VendorSample>()),
  'vendors.previewDisposition': command('supervisor', z.object({ vendorId: id, ...csvFile }).strict(), returns<DispositionPreview>()),
  'vendors.importDisposition': command('supervisor', z.object({ vendorId: id, ...csvFile, fileSha256: sha256, planSha256: sha256 }).strict(), returns<DispositionImportResult>()),
  'vendors.reviewQueue': command('supervisor', reviewQueueSchema, returns<{ items: ReviewItem[]; open: number }>()),
  'vendors.resolveReview': command('supervisor', resolveReviewSchema, returns<ReviewItem>()),
  'vendors.aging': command('supervisor', none, returns<AgingView>()),
  'vendors.setAgingDays': command('supervisor', z.object({ days: agingDaysSchema }).strict(), returns<AgingView>()),
} as const satisfies Record<VendorsCommandName, AnyCommandSpec>;
