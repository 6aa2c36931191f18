import { z } from 'zod';
import { GRADING_SCHEMES } from './grading';
import { DEFAULT_ASSET_TAG_PATTERN, compileTagPattern } from './scan';
import { DEFAULT_WEDGE } from './wedge';

export const wedgeSettingsSchema = z.object({
  maxInterKeyMs: z.number().int().min(5).max(200),
  minLength: z.number().int().min(1).max(32),
  prefix: z.string().max(8),
  suffix: z.string().max(8),
});

export const stationSettingsSchema = z.object({
  stationName: z.string().trim().min(1).max(60),
  site: z.string().trim().min(1).max(60),
  dockLocation: z.string().trim().min(1).max(60),
  gradingScheme: z.enum(GRADING_SCHEMES),
  assetTagPattern: z
    .string()
    .max(200)
    .refine((p) => typeof compileTagPattern(p) !== 'string', { message: 'Not a valid pattern' }),
  idleLockMinutes: z.number().int().min(1).max(480),
  wedge: wedgeSettingsSchema,
});
export type StationSettings = z.infer<typeof stationSettingsSchema>;

export const DEFAULT_SETTINGS: StationSettings = {
  stationName: 'Dock station',
  site: 'Main site',
  dockLocation: 'Receiving dock',
  gradingScheme: 'r2v3-rec',
  assetTagPattern: DEFAULT_ASSET_TAG_PATTERN,
  idleLockMinutes: 10,
  wedge: DEFAULT_WEDGE,
};
