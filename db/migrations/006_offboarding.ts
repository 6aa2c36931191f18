import type { Migration } from './migration';

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN
  SELECT RAISE(ABORT, '${table} is append-only');
END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN
  SELECT RAISE(ABORT, '${table} is append-only');
END;`;

/**
 * Offboarding returns. cases, case_assets and case_licences hold what the HRIS or ITSM said when the
 * case opened; case_log holds every later fact about the case itself (checklist task done, licence
 * reclaimed, kit shipped, case closed), each row signed by the station and linked to the case's
 * previous row by its hash. All four are append-only: a correction is a new row. Facts about an asset
 * (returned against the case, remote lock or wipe requested, reminder sent, written off) are custody
 * events on the asset. case_policy is the supervisor's edit of the policy that ships with the app.
 */
export const offboarding: Migration = {
  version: 6,
  name: 'offboarding: cases, their assets and licences, the signed case log, the recovery policy',
  sql: `
CREATE TABLE cases (
  case_id TEXT PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  employee_id TEXT NOT NULL COLLATE NOCASE,
  employee_name TEXT NOT NULL,
  manager TEXT NOT NULL,
  employee_email TEXT NOT NULL DEFAULT '',
  employee_type TEXT NOT NULL CHECK (employee_type IN ('full-time', 'contractor', 'temporary')),
  location TEXT NOT NULL CHECK (location IN ('on-site', 'remote')),
  shipping_address TEXT NOT NULL,
  separation_date TEXT NOT NULL,
  source TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL
);
CREATE INDEX cases_employee ON cases (employee_id);
CREATE INDEX cases_separation ON cases (separation_date, case_number);

CREATE TABLE case_assets (
  case_id TEXT NOT NULL REFERENCES cases (case_id),
  asset_id TEXT NOT NULL REFERENCES assets (id),
  asset_class TEXT NOT NULL,
  sensitivity TEXT NOT NULL,
  PRIMARY KEY (case_id, asset_id)
);
CREATE INDEX case_assets_asset ON case_assets (asset_id);

CREATE TABLE case_licences (
  licence_id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (case_id),
  name TEXT NOT NULL
);
CREATE INDEX case_licences_case ON case_licences (case_id);

CREATE TABLE case_log (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  case_id TEXT NOT NULL REFERENCES cases (case_id),
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'task_completed', 'licence_reclaimed', 'kit_shipped', 'closed')),
  payload TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  at TEXT NOT NULL,
  station_id TEXT NOT NULL REFERENCES stations (station_id),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  signature TEXT NOT NULL
);
CREATE INDEX case_log_case ON case_log (case_id, kind, seq);
${appendOnly('cases')}
${appendOnly('case_assets')}
${appendOnly('case_licences')}
${appendOnly('case_log')}

-- An index of the offboarding custody events (the events are the record), written in the same
-- transaction as each event, so the whole book of cases is read without parsing the custody log.
CREATE TABLE case_asset_events (
  event_id TEXT PRIMARY KEY REFERENCES custody_events (id),
  case_id TEXT NOT NULL REFERENCES cases (case_id),
  asset_id TEXT NOT NULL REFERENCES assets (id),
  type TEXT NOT NULL,
  step TEXT,
  recipient TEXT,
  channel TEXT,
  reason TEXT,
  at TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX case_asset_events_case ON case_asset_events (case_id);
${appendOnly('case_asset_events')}

CREATE TABLE case_policy (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  policy TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
`,
};
