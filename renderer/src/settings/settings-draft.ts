import type { GradingScheme } from '../../../shared/domain/grading';
import { stationSettingsSchema, type StationSettings } from '../../../shared/domain/settings';

/** The settings form as typed: every field a string until it is saved. */
export interface SettingsDraft {
  readonly stationName: string;
  readonly site: string;
  readonly dockLocation: string;
  readonly gradingScheme: GradingScheme;
  readonly assetTagPattern: string;
  readonly idleLockMinutes: string;
  readonly maxInterKeyMs: string;
  readonly minLength: string;
  readonly prefix: string;
  readonly suffix: string;
}

export function toDraft(s: StationSettings): SettingsDraft {
  return {
    stationName: s.stationName,
    site: s.site,
    dockLocation: s.dockLocation,
    gradingScheme: s.gradingScheme,
    assetTagPattern: s.assetTagPattern,
    idleLockMinutes: String(s.idleLockMinutes),
    maxInterKeyMs: String(s.wedge.maxInterKeyMs),
    minLength: String(s.wedge.minLength),
    prefix: s.wedge.prefix,
    suffix: s.wedge.suffix,
  };
}

export type ParsedDraft = { readonly ok: true; readonly settings: StationSettings } | { readonly ok: false; readonly problems: readonly string[] };

const FIELD_WORDS: Readonly<Record<string, string>> = {
  stationName: 'Station name',
  site: 'Site',
  dockLocation: 'Dock location',
  gradingScheme: 'Grading scheme',
  assetTagPattern: 'Asset-tag pattern',
  idleLockMinutes: 'Idle lock (minutes, 1–480)',
  'wedge.maxInterKeyMs': 'Scanner max gap between keys (5–200 ms)',
  'wedge.minLength': 'Scanner minimum length (1–32)',
  'wedge.prefix': 'Scanner prefix',
  'wedge.suffix': 'Scanner suffix',
};

/** Checks the draft with the same schema the core uses, so mistakes are named before anything is sent. */
export function parseDraft(d: SettingsDraft): ParsedDraft {
  const candidate = {
    stationName: d.stationName,
    site: d.site,
    dockLocation: d.dockLocation,
    gradingScheme: d.gradingScheme,
    assetTagPattern: d.assetTagPattern,
    idleLockMinutes: Number(d.idleLockMinutes),
    wedge: { maxInterKeyMs: Number(d.maxInterKeyMs), minLength: Number(d.minLength), prefix: d.prefix, suffix: d.suffix },
  };
  const parsed = stationSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return `${FIELD_WORDS[path] ?? path}: ${issue.message}`;
    }),
  };
}
