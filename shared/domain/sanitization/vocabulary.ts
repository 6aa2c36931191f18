import { z } from 'zod';

/** NIST SP 800-88 sanitization levels, weakest first. */
export const LEVELS = ['clear', 'purge', 'destroy'] as const;
export type Level = (typeof LEVELS)[number];

/** How the medium was sanitized: the first four leave it usable, the last four destroy it. */
export const TECHNIQUES = ['overwrite', 'block-erase', 'crypto-erase', 'degauss', 'shred', 'disintegrate', 'pulverise', 'incinerate'] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** The standard a record names. DoD 5220.22-M is accepted only as a legacy label: the level is what counts. */
export const STANDARDS = ['nist-800-88-r1', 'nist-800-88-r2', 'ieee-2883', 'dod-5220.22-m'] as const;
export type Standard = (typeof STANDARDS)[number];

export const MEDIA_TYPES = ['hdd', 'ssd', 'nvme', 'flash', 'phone-storage'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** full: every sector or piece checked; sampling: a sample checked; none: not verified (never meets a policy). */
export const VERIFICATIONS = ['full', 'sampling', 'none'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const DESTINATIONS = ['internal-reuse', 'external-reuse', 'recycling', 'manufacturer', 'destruction'] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const RESULTS = ['pass', 'fail'] as const;
export type WipeResult = (typeof RESULTS)[number];

export const LEVEL_WORDS: Readonly<Record<Level, string>> = { clear: 'Clear', purge: 'Purge', destroy: 'Destroy' };

export const TECHNIQUE_WORDS: Readonly<Record<Technique, string>> = {
  overwrite: 'Overwrite',
  'block-erase': 'Block erase',
  'crypto-erase': 'Cryptographic erase',
  degauss: 'Degauss',
  shred: 'Shred',
  disintegrate: 'Disintegrate',
  pulverise: 'Pulverise',
  incinerate: 'Incinerate',
};

export const STANDARD_WORDS: Readonly<Record<Standard, string>> = {
  'nist-800-88-r1': 'NIST SP 800-88 Rev. 1',
  'nist-800-88-r2': 'NIST SP 800-88 Rev. 2',
  'ieee-2883': 'IEEE 2883',
  'dod-5220.22-m': 'DoD 5220.22-M (legacy label)',
};

export const MEDIA_TYPE_WORDS: Readonly<Record<MediaType, string>> = {
  hdd: 'Hard disk (HDD)',
  ssd: 'Solid-state drive (SSD)',
  nvme: 'NVMe drive',
  flash: 'Flash memory',
  'phone-storage': 'Phone or tablet storage',
};

export const VERIFICATION_WORDS: Readonly<Record<Verification, string>> = { full: 'Full', sampling: 'Sampling', none: 'Not verified' };

export const DESTINATION_WORDS: Readonly<Record<Destination, string>> = {
  'internal-reuse': 'Internal reuse',
  'external-reuse': 'External reuse',
  recycling: 'Recycling facility',
  manufacturer: 'Manufacturer',
  destruction: 'Destruction',
};

/** The levels each technique can reach (NIST SP 800-88 Rev. 1, Appendix A). */
export const TECHNIQUE_LEVELS: Readonly<Record<Technique, readonly Level[]>> = {
  overwrite: ['clear', 'purge'],
  'block-erase': ['purge'],
  'crypto-erase': ['purge'],
  degauss: ['purge'],
  shred: ['destroy'],
  disintegrate: ['destroy'],
  pulverise: ['destroy'],
  incinerate: ['destroy'],
};

function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function atLeast(level: Level, required: Level): boolean {
  return levelRank(level) >= levelRank(required);
}

export function strongerOf(a: Level, b: Level): Level {
  return atLeast(a, b) ? a : b;
}

/** Schemas with the words a technician reads when a value is not one of the list. */
export const levelSchema = z.enum(LEVELS, { error: 'Unknown sanitization level: use Clear, Purge or Destroy' });
export const techniqueSchema = z.enum(TECHNIQUES, { error: `Unknown technique: use one of ${TECHNIQUES.join(', ')}` });
export const standardSchema = z.enum(STANDARDS, { error: `Unknown standard: use one of ${STANDARDS.join(', ')}` });
export const mediaTypeSchema = z.enum(MEDIA_TYPES, { error: `Unknown media type: use one of ${MEDIA_TYPES.join(', ')}` });
export const verificationSchema = z.enum(VERIFICATIONS, { error: 'Unknown verification: use full, sampling or none' });
export const destinationSchema = z.enum(DESTINATIONS, { error: `Unknown destination: use one of ${DESTINATIONS.join(', ')}` });
export const resultSchema = z.enum(RESULTS, { error: 'Unknown result: use pass or fail' });
