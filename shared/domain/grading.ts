import { z } from 'zod';

/** The grading vocabularies a site can choose between (a station setting). */
export const GRADING_SCHEMES = ['r2v3-rec', 'abcd'] as const;
export type GradingScheme = (typeof GRADING_SCHEMES)[number];

export interface GradeOption {
  readonly code: string;
  readonly label: string;
}

export const REC_FUNCTIONAL: readonly GradeOption[] = [
  { code: 'F6', label: 'F6 New / OEM refurbished, meets OEM spec' },
  { code: 'F5', label: 'F5 Refurbished, fully tested with diagnostics' },
  { code: 'F4', label: 'F4 Hardware functional, no software' },
  { code: 'F3', label: 'F3 Key functions working' },
  { code: 'F2', label: 'F2 Working when removed from use' },
  { code: 'F1', label: 'F1 Collectible / specialty' },
  { code: 'UT', label: 'Untested' },
  { code: 'NF', label: 'Non-functional' },
];

export const REC_COSMETIC: readonly GradeOption[] = [
  { code: 'C9', label: 'C9 New, open box' },
  { code: 'C8', label: 'C8 Like new' },
  { code: 'C7', label: 'C7 Excellent' },
  { code: 'C6', label: 'C6 Very good' },
  { code: 'C5', label: 'C5 Good, light wear' },
  { code: 'C4', label: 'C4 Fair, visible wear' },
  { code: 'C3', label: 'C3 Poor, heavy wear' },
  { code: 'C2', label: 'C2 Cracked or dented' },
  { code: 'C1', label: 'C1 Damaged, materials only' },
];

export const ABCD_GRADES: readonly GradeOption[] = [
  { code: 'A', label: 'A Like new' },
  { code: 'B', label: 'B Light wear' },
  { code: 'C', label: 'C Heavy wear' },
  { code: 'D', label: 'D Damaged but working' },
  { code: 'NF', label: 'Non-functional' },
];

export const DAMAGE_CODES: readonly GradeOption[] = [
  { code: 'SCREEN_CRACK', label: 'Cracked screen' },
  { code: 'CASE_DENT', label: 'Dented or cracked case' },
  { code: 'KEYS_MISSING', label: 'Missing keys' },
  { code: 'HINGE', label: 'Broken hinge' },
  { code: 'LIQUID', label: 'Liquid damage' },
  { code: 'BATTERY_SWELL', label: 'Swollen battery' },
  { code: 'PORT_DAMAGE', label: 'Damaged port' },
  { code: 'NO_POWER', label: 'Does not power on' },
  { code: 'BIOS_LOCK', label: 'BIOS / activation lock' },
];

export const ACCESSORIES: readonly GradeOption[] = [
  { code: 'CHARGER', label: 'Charger' },
  { code: 'DOCK', label: 'Dock' },
  { code: 'CASE', label: 'Case / sleeve' },
  { code: 'CABLE', label: 'Cable' },
  { code: 'STYLUS', label: 'Stylus' },
  { code: 'KEYBOARD', label: 'Keyboard' },
  { code: 'MOUSE', label: 'Mouse' },
];

export const conditionSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('r2v3-rec'), functional: z.string(), cosmetic: z.string().nullable() }),
  z.object({ scheme: z.literal('abcd'), grade: z.string() }),
]);
export type Condition = z.infer<typeof conditionSchema>;

const codes = (options: readonly GradeOption[]) => new Set(options.map((o) => o.code));
const REC_F = codes(REC_FUNCTIONAL);
const REC_C = codes(REC_COSMETIC);
const ABCD = codes(ABCD_GRADES);
const DAMAGE = codes(DAMAGE_CODES);
const ACCESSORY = codes(ACCESSORIES);

/** Why a condition is not acceptable under a scheme, or null when it is. */
export function conditionProblem(condition: Condition, siteScheme: GradingScheme): string | null {
  if (condition.scheme !== siteScheme) return `This site grades with ${siteScheme}, not ${condition.scheme}`;
  if (condition.scheme === 'abcd') return ABCD.has(condition.grade) ? null : `Unknown grade ${condition.grade}`;
  if (!REC_F.has(condition.functional)) return `Unknown functional category ${condition.functional}`;
  if (condition.cosmetic !== null && !REC_C.has(condition.cosmetic)) return `Unknown cosmetic category ${condition.cosmetic}`;
  return null;
}

export function unknownCodes(values: readonly string[], kind: 'damage' | 'accessory'): string[] {
  const known = kind === 'damage' ? DAMAGE : ACCESSORY;
  return values.filter((v) => !known.has(v));
}

/** The short code shown on lists and labels, e.g. "F3/C5" or "B". */
export function conditionCode(condition: Condition): string {
  if (condition.scheme === 'abcd') return condition.grade;
  return condition.cosmetic === null ? condition.functional : `${condition.functional}/${condition.cosmetic}`;
}

/** A grade typed or scanned from a grade card ("F3", "C5", "B", "NF"), read against the site's scheme. */
export type GradeToken = { readonly axis: 'functional' | 'cosmetic' | 'grade'; readonly code: string };

export function readGradeToken(input: string, scheme: GradingScheme): GradeToken | null {
  const code = input.trim().toUpperCase();
  if (scheme === 'abcd') return ABCD.has(code) ? { axis: 'grade', code } : null;
  if (REC_F.has(code)) return { axis: 'functional', code };
  if (REC_C.has(code)) return { axis: 'cosmetic', code };
  return null;
}
