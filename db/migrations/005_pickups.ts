import type { Migration } from './migration';

/**
 * ITAD pickup sessions. pickup_facts is the record: every fact about a session (its manifest, containers,
 * scans, resolutions, signatures, the sign-off, later corrections) as a signed row chained per session,
 * append-only like custody_events. pickup_sessions, pickup_containers and pickup_lines are projections of
 * those facts kept for the scan loop; once a session is signed off, triggers refuse any change to them.
 */
export const pickups: Migration = {
  version: 5,
  name: 'pickups: sessions, containers, manifest lines, signed session facts',
  sql: `
CREATE TABLE pickup_sessions (
  session_id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  vendor_id TEXT NOT NULL REFERENCES vendors (vendor_id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'signed-off')),
  driver_fact_id TEXT,
  technician_fact_id TEXT,
  signed_off_at TEXT,
  signed_off_by TEXT
);
CREATE INDEX pickup_sessions_created ON pickup_sessions (created_at);

CREATE TABLE pickup_facts (
  fact_id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES pickup_sessions (session_id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  technician_id TEXT NOT NULL,
  station_id TEXT NOT NULL REFERENCES stations (station_id),
  at TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  signature TEXT NOT NULL,
  UNIQUE (session_id, seq)
);

CREATE TRIGGER pickup_facts_no_update BEFORE UPDATE ON pickup_facts
BEGIN
  SELECT RAISE(ABORT, 'pickup_facts is append-only');
END;
CREATE TRIGGER pickup_facts_no_delete BEFORE DELETE ON pickup_facts
BEGIN
  SELECT RAISE(ABORT, 'pickup_facts is append-only');
END;

CREATE TABLE pickup_containers (
  container_id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES pickup_sessions (session_id),
  kind TEXT NOT NULL CHECK (kind IN ('pallet', 'box')),
  label TEXT NOT NULL,
  seal TEXT,
  opened_at TEXT NOT NULL,
  opened_by TEXT NOT NULL
);
CREATE INDEX pickup_containers_session ON pickup_containers (session_id, opened_at);

CREATE TABLE pickup_lines (
  session_id TEXT NOT NULL REFERENCES pickup_sessions (session_id),
  line_no INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('staged', 'manifest', 'scanned')),
  asset_id TEXT REFERENCES assets (id),
  serial TEXT COLLATE NOCASE,
  asset_tag TEXT COLLATE NOCASE,
  make TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  scanned_value TEXT,
  scanned_at TEXT,
  scanned_by TEXT,
  container_id TEXT REFERENCES pickup_containers (container_id),
  substitution TEXT,
  override_by TEXT,
  override_reason TEXT,
  resolution TEXT CHECK (resolution IN ('found', 'left-behind', 'added', 'missing')),
  resolution_reason TEXT,
  resolved_by TEXT,
  resolved_at TEXT,
  PRIMARY KEY (session_id, line_no)
);
CREATE INDEX pickup_lines_asset ON pickup_lines (session_id, asset_id);
CREATE INDEX pickup_lines_serial ON pickup_lines (session_id, serial);
CREATE INDEX pickup_lines_tag ON pickup_lines (session_id, asset_tag);
CREATE INDEX pickup_lines_asset_any ON pickup_lines (asset_id);

-- The scan loop's counters: how many lines share each combination of the facts that decide a line's state,
-- kept by triggers so every writer keeps them right and a scan reads a handful of rows, not 10,000.
CREATE TABLE pickup_line_counts (
  session_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  scanned INTEGER NOT NULL,
  substituted INTEGER NOT NULL,
  resolution TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (session_id, origin, scanned, substituted, resolution)
) WITHOUT ROWID;

CREATE TRIGGER pickup_line_counts_insert AFTER INSERT ON pickup_lines
BEGIN
  INSERT INTO pickup_line_counts (session_id, origin, scanned, substituted, resolution, count)
  VALUES (NEW.session_id, NEW.origin, NEW.scanned_at IS NOT NULL, NEW.substitution IS NOT NULL, coalesce(NEW.resolution, ''), 1)
  ON CONFLICT DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER pickup_line_counts_update AFTER UPDATE ON pickup_lines
BEGIN
  UPDATE pickup_line_counts SET count = count - 1
  WHERE session_id = OLD.session_id AND origin = OLD.origin AND scanned = (OLD.scanned_at IS NOT NULL)
    AND substituted = (OLD.substitution IS NOT NULL) AND resolution = coalesce(OLD.resolution, '');
  INSERT INTO pickup_line_counts (session_id, origin, scanned, substituted, resolution, count)
  VALUES (NEW.session_id, NEW.origin, NEW.scanned_at IS NOT NULL, NEW.substitution IS NOT NULL, coalesce(NEW.resolution, ''), 1)
  ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER pickup_sessions_locked BEFORE UPDATE ON pickup_sessions
WHEN OLD.status = 'signed-off'
BEGIN
  SELECT RAISE(ABORT, 'pickup session is signed off');
END;
CREATE TRIGGER pickup_sessions_no_delete BEFORE DELETE ON pickup_sessions
BEGIN
  SELECT RAISE(ABORT, 'pickup sessions are never deleted');
END;
CREATE TRIGGER pickup_lines_locked_update BEFORE UPDATE ON pickup_lines
WHEN (SELECT status FROM pickup_sessions WHERE session_id = OLD.session_id) = 'signed-off'
BEGIN
  SELECT RAISE(ABORT, 'pickup session is signed off');
END;
CREATE TRIGGER pickup_lines_locked_insert BEFORE INSERT ON pickup_lines
WHEN (SELECT status FROM pickup_sessions WHERE session_id = NEW.session_id) = 'signed-off'
BEGIN
  SELECT RAISE(ABORT, 'pickup session is signed off');
END;
CREATE TRIGGER pickup_lines_no_delete BEFORE DELETE ON pickup_lines
BEGIN
  SELECT RAISE(ABORT, 'pickup lines are never deleted');
END;
CREATE TRIGGER pickup_containers_locked BEFORE UPDATE ON pickup_containers
WHEN (SELECT status FROM pickup_sessions WHERE session_id = OLD.session_id) = 'signed-off'
BEGIN
  SELECT RAISE(ABORT, 'pickup session is signed off');
END;
CREATE TRIGGER pickup_containers_locked_insert BEFORE INSERT ON pickup_containers
WHEN (SELECT status FROM pickup_sessions WHERE session_id = NEW.session_id) = 'signed-off'
BEGIN
  SELECT RAISE(ABORT, 'pickup session is signed off');
END;
CREATE TRIGGER pickup_containers_no_delete BEFORE DELETE ON pickup_containers
BEGIN
  SELECT RAISE(ABORT, 'pickup containers are never deleted');
END;
`,
};
