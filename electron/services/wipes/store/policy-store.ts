import type { Db } from '../../../../db/connection';
import { ASSET_CLASSES, type AssetClass } from '../../../../shared/domain/asset';
import { certificateIssuerSchema, defaultPolicy, type CertificateIssuer, type WipePolicy } from '../../../../shared/domain/sanitization/policy';
import type { PolicyView } from '../../../../shared/domain/sanitization/wipe-views';
import { readSettings } from '../../settings/settings-store';

interface PolicyRow {
  asset_class: AssetClass;
  required_level: WipePolicy['requiredLevel'];
  deadline_days: number;
  high_sensitivity_level: WipePolicy['highSensitivityLevel'];
  validation: WipePolicy['validation'];
}

const toPolicy = (row: PolicyRow): WipePolicy => ({
  assetClass: row.asset_class,
  requiredLevel: row.required_level,
  deadlineDays: row.deadline_days,
  highSensitivityLevel: row.high_sensitivity_level,
  validation: row.validation,
});

/** Every class's policy: a supervisor's version where one was saved, else the one that ships with the app. */
export function readPolicies(db: Db): PolicyView[] {
  const rows = db.prepare('SELECT asset_class, required_level, deadline_days, high_sensitivity_level, validation FROM wipe_policies').all() as PolicyRow[];
  const saved = new Map(rows.map((row) => [row.asset_class, toPolicy(row)]));
  return ASSET_CLASSES.map((assetClass) => {
    const policy = saved.get(assetClass);
    return policy === undefined ? { ...defaultPolicy(assetClass), custom: false } : { ...policy, custom: true };
  });
}

export function policyFor(db: Db, assetClass: AssetClass): WipePolicy {
  const row = db.prepare('SELECT asset_class, required_level, deadline_days, high_sensitivity_level, validation FROM wipe_policies WHERE asset_class = ?').get(assetClass) as
    | PolicyRow
    | undefined;
  return row === undefined ? defaultPolicy(assetClass) : toPolicy(row);
}

export function savePolicy(db: Db, policy: WipePolicy, technicianId: string, now: Date): void {
  db.prepare(
    `INSERT INTO wipe_policies (asset_class, required_level, deadline_days, high_sensitivity_level, validation, updated_at, updated_by)
     VALUES (@assetClass, @requiredLevel, @deadlineDays, @highSensitivityLevel, @validation, @at, @by)
     ON CONFLICT (asset_class) DO UPDATE SET required_level = excluded.required_level, deadline_days = excluded.deadline_days,
       high_sensitivity_level = excluded.high_sensitivity_level, validation = excluded.validation, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ ...policy, at: now.toISOString(), by: technicianId });
}

const ISSUER_KEY = 'certificate-issuer';

/** Who issues this station's certificates; until a supervisor says, the site's name stands for the organisation. */
export function readIssuer(db: Db): CertificateIssuer {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(ISSUER_KEY) as { value: string } | undefined;
  const site = readSettings(db).site;
  const fallback: CertificateIssuer = { organisation: site, location: site, phone: '' };
  if (row === undefined) return fallback;
  try {
    const parsed = certificateIssuerSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function saveIssuer(db: Db, issuer: CertificateIssuer): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(ISSUER_KEY, JSON.stringify(issuer));
}
