import { z } from 'zod';
import { ASSET_CLASSES, type AssetClass, type Sensitivity } from '../asset';
import { levelSchema, strongerOf, type Level } from './vocabulary';

/** When a second person must validate a wipe (the validation block of NIST SP 800-88 Appendix G). */
export const VALIDATION_RULES = ['never', 'high-sensitivity', 'always'] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

export const VALIDATION_RULE_WORDS: Readonly<Record<ValidationRule, string>> = {
  never: 'Not required',
  'high-sensitivity': 'For high-sensitivity devices',
  always: 'Always',
};

/** The recovery policy for one asset class, as a supervisor edits it. */
export const wipePolicySchema = z
  .object({
    assetClass: z.enum(ASSET_CLASSES),
    requiredLevel: levelSchema,
    deadlineDays: z.number().int().min(1, 'The deadline is at least 1 day after receipt').max(365, 'The deadline is at most 365 days after receipt'),
    /** What a device holding financial, health or legal data needs at least; the stronger of this and requiredLevel applies. */
    highSensitivityLevel: levelSchema,
    validation: z.enum(VALIDATION_RULES, { error: 'Say when a second person must validate: never, high-sensitivity or always' }),
  })
  .strict();
export type WipePolicy = z.infer<typeof wipePolicySchema>;

type PolicyDefaults = Omit<WipePolicy, 'assetClass'>;

const COMPUTER: PolicyDefaults = { requiredLevel: 'clear', deadlineDays: 14, highSensitivityLevel: 'purge', validation: 'high-sensitivity' };
const MOBILE: PolicyDefaults = { requiredLevel: 'purge', deadlineDays: 7, highSensitivityLevel: 'purge', validation: 'high-sensitivity' };
const LOOSE_MEDIA: PolicyDefaults = { requiredLevel: 'purge', deadlineDays: 7, highSensitivityLevel: 'destroy', validation: 'always' };
const NO_STORAGE: PolicyDefaults = { requiredLevel: 'clear', deadlineDays: 30, highSensitivityLevel: 'purge', validation: 'high-sensitivity' };

const DEFAULTS: Readonly<Record<AssetClass, PolicyDefaults>> = {
  laptop: COMPUTER,
  desktop: COMPUTER,
  server: { ...COMPUTER, highSensitivityLevel: 'destroy', validation: 'always' },
  phone: MOBILE,
  tablet: MOBILE,
  drive: LOOSE_MEDIA,
  'usb-token': { ...LOOSE_MEDIA, requiredLevel: 'clear' },
  monitor: NO_STORAGE,
  peripheral: NO_STORAGE,
  badge: NO_STORAGE,
  network: NO_STORAGE,
};

/** The policy that ships with the app, for every class (classes without storage apply only once a drive is recorded). */
export function defaultPolicy(assetClass: AssetClass): WipePolicy {
  return { assetClass, ...DEFAULTS[assetClass] };
}

/** What one device needs, from its class's policy and its sensitivity. */
export interface WipeRequirement {
  readonly level: Level;
  readonly deadlineDays: number;
  readonly validationRequired: boolean;
}

export function requirementFor(policy: WipePolicy, sensitivity: Sensitivity): WipeRequirement {
  const high = sensitivity === 'high';
  return {
    level: high ? strongerOf(policy.requiredLevel, policy.highSensitivityLevel) : policy.requiredLevel,
    deadlineDays: policy.deadlineDays,
    validationRequired: policy.validation === 'always' || (policy.validation === 'high-sensitivity' && high),
  };
}

const DAY_MS = 86_400_000;

export function deadlineOf(receivedAt: string, deadlineDays: number): string {
  return new Date(Date.parse(receivedAt) + deadlineDays * DAY_MS).toISOString();
}

/** Certificate issuer details: the organisation block of a certificate of sanitization. */
export const certificateIssuerSchema = z
  .object({
    organisation: z.string().trim().min(1, 'Name the organisation that issues certificates').max(120),
    location: z.string().trim().max(120),
    phone: z.string().trim().max(40),
  })
  .strict();
export type CertificateIssuer = z.infer<typeof certificateIssuerSchema>;
